// Finds the departures an article reports.
#pragma once
#include <vector>

#include "extract/mention.hpp"
#include "text/article.hpp"

namespace exodus {

// Every departure the article reports, one Mention per (person, organization), in the article's order of
// events. The article's lang must be known (fr or en); published may be empty or partial.
std::vector<Mention> extract_departures(const Article& article);

}  // namespace exodus
