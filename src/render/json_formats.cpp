// The JSON printers: the DESIGN.md `--format json` contract (as one array or as JSON Lines), TimelineJS 3 JSON,
// and counts.
#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "render/detail.hpp"

namespace exodus::render::detail {

namespace {

using ordered_json = nlohmann::ordered_json;

// Unknown parts are null, never invented: an absent or empty string is null.
ordered_json text_or_null(const std::optional<std::string>& text) {
  if (!text || text->empty()) return nullptr;
  return *text;
}
ordered_json text_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

ordered_json date_json(const dates::DateRange& range, bool with_reference) {
  ordered_json date;
  date["earliest"] = range.earliest ? ordered_json(range.earliest->iso()) : ordered_json(nullptr);
  date["latest"] = range.latest ? ordered_json(range.latest->iso()) : ordered_json(nullptr);
  date["precision"] = std::string(dates::precision_name(reported_precision(range)));
  date["edtf"] = text_or_null(range.edtf());
  date["text"] = text_or_null(range.text);
  if (with_reference) date["reference"] = text_or_null(range.reference);
  return date;
}

ordered_json entry_json(const TimelineEntry& entry, bool explain) {
  ordered_json out;
  out["person"] = entry.person;
  out["org"] = text_or_null(entry.org);
  out["role"] = text_or_null(entry.role);
  out["kind"] = std::string(kind_name(entry.kind));
  out["hedged"] = entry.hedged;
  out["date"] = date_json(entry.date, false);
  if (explain) out["dates_disagree"] = entry.dates_disagree;
  ordered_json sources = ordered_json::array();
  for (const auto& source : entry.sources) {
    ordered_json s;
    s["name"] = text_or_null(source.name);
    s["outlet"] = text_or_null(source.outlet);
    s["url"] = text_or_null(source.url);
    s["title"] = text_or_null(source.title);
    s["published"] = text_or_null(source.published);
    s["evidence"] = text_or_null(source.evidence);
    if (explain) {
      s["lang"] = text_or_null(source.lang);
      s["hedged"] = source.hedged;
      s["date"] = date_json(source.date, true);
    }
    sources.push_back(std::move(s));
  }
  out["sources"] = std::move(sources);
  return out;
}

// Article text may hold invalid UTF-8; replace it rather than throw halfway through the output.
std::string dump(const ordered_json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A TimelineJS date only as precise as the bound: whole years give {year}, whole months {year, month}.
enum class Grain { day, month, year };

Grain grain_of(const dates::Day& first, const dates::Day& last) {
  if (first.month == 1 && first.day == 1 && last.month == 12 && last.day == 31) return Grain::year;
  if (first.day == 1 && last == dates::last_day_of_month(last.year, last.month)) return Grain::month;
  return Grain::day;
}

ordered_json timelinejs_date(const dates::Day& day, Grain grain) {
  ordered_json date;
  date["year"] = day.year;
  if (grain != Grain::year) date["month"] = day.month;
  if (grain == Grain::day) date["day"] = day.day;
  return date;
}

bool same_unit(const dates::Day& a, const dates::Day& b, Grain grain) {
  switch (grain) {
    case Grain::year: return a.year == b.year;
    case Grain::month: return a.year == b.year && a.month == b.month;
    case Grain::day: return a == b;
  }
  return false;
}

// TimelineJS shows headline and text as HTML: everything from articles is escaped.
std::string timelinejs_text(const TimelineEntry& entry, bool explain) {
  std::string html = "<p><strong>" + xml_escape(kind_name(entry.kind)) + "</strong>";
  if (entry.hedged) html += " (reported with hedging)";
  if (entry.role && !entry.role->empty()) html += " · " + xml_escape(*entry.role);
  html += " · " + xml_escape(describe_date(entry.date)) + "</p>";
  if (entry.dates_disagree) html += "<p><em>The sources disagree on the date.</em></p>";
  html += "<ul>";
  for (const auto& source : entry.sources) {
    html += "<li><strong>" + xml_escape(source.name) + "</strong>";
    if (source.outlet && !source.outlet->empty() && *source.outlet != source.name)
      html += " via " + xml_escape(*source.outlet);
    if (source.title && !source.title->empty()) html += ", <em>" + xml_escape(*source.title) + "</em>";
    if (source.published && !source.published->empty()) html += ", " + xml_escape(*source.published);
    if (!source.evidence.empty()) html += ": « " + xml_escape(source.evidence) + " »";
    if (explain) html += " <small>(date: " + xml_escape(explain_date(source.date)) + ")</small>";
    html += "</li>";
  }
  html += "</ul>";
  return html;
}

}  // namespace

void write_json(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options, bool lines) {
  if (lines) {
    for (const auto& entry : entries) out << dump(entry_json(entry, options.explain), -1) << '\n';
    return;
  }
  ordered_json array = ordered_json::array();
  for (const auto& entry : entries) array.push_back(entry_json(entry, options.explain));
  out << dump(array, 2) << '\n';
}

void write_timelinejs(std::ostream& out, const std::vector<TimelineEntry>& entries, const Options& options) {
  ordered_json events = ordered_json::array();
  std::vector<std::string> undated;
  std::set<std::int64_t> ids;
  bool ids_unique = true;
  for (const auto& entry : entries) ids_unique = ids_unique && entry.id != 0 && ids.insert(entry.id).second;

  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& entry = entries[i];
    const auto& range = entry.date;
    if (!range.known()) {
      undated.push_back(entry.person + (entry.org.empty() ? "" : " (" + entry.org + ")"));
      continue;
    }
    ordered_json event;
    if (range.earliest && range.latest) {
      const Grain grain = grain_of(*range.earliest, *range.latest);
      event["start_date"] = timelinejs_date(*range.earliest, grain);
      if (!same_unit(*range.earliest, *range.latest, grain))
        event["end_date"] = timelinejs_date(*range.latest, grain);
    } else {
      // An open range has one known bound; TimelineJS places the event there and the label says which side.
      event["start_date"] = timelinejs_date(range.earliest ? *range.earliest : *range.latest, Grain::day);
    }
    event["display_date"] = describe_date(range);
    ordered_json text;
    text["headline"] = xml_escape(entry.person) + (entry.org.empty() ? "" : " — " + xml_escape(entry.org));
    text["text"] = timelinejs_text(entry, options.explain);
    event["text"] = std::move(text);
    event["group"] = entry.org.empty() ? std::string("Organization unknown") : xml_escape(entry.org);
    event["unique_id"] = "exodus-departure-" + std::to_string(ids_unique ? entry.id : static_cast<std::int64_t>(i + 1));
    events.push_back(std::move(event));
  }

  std::string summary = "<p>" + std::to_string(entries.size()) + (entries.size() == 1 ? " departure" : " departures");
  summary += ", each dated only as precisely as its sources allow.</p>";
  if (!undated.empty()) {
    summary += "<p>Not on the timeline (date unknown): ";
    for (std::size_t i = 0; i < undated.size(); ++i) summary += (i ? ", " : "") + xml_escape(undated[i]);
    summary += ".</p>";
  }
  ordered_json doc;
  doc["title"]["text"]["headline"] = xml_escape(options.title);
  doc["title"]["text"]["text"] = summary;
  doc["events"] = std::move(events);
  out << dump(doc, 2) << '\n';
}

void write_counts_json(std::ostream& out, std::string_view count_by, const std::vector<CountRow>& rows, bool lines) {
  ordered_json array = ordered_json::array();
  for (const auto& row : rows) {
    ordered_json item;
    item[std::string(count_by)] = text_or_null(row.key);
    item["count"] = row.count;
    if (lines) out << dump(item, -1) << '\n';
    else array.push_back(std::move(item));
  }
  if (!lines) out << dump(array, 2) << '\n';
}

}  // namespace exodus::render::detail
