// Names of departure kinds.
#include "extract/mention.hpp"

namespace exodus {

std::string_view kind_name(DepartureKind k) {
  switch (k) {
    case DepartureKind::resigned: return "resigned";
    case DepartureKind::fired: return "fired";
    case DepartureKind::left: return "left";
    case DepartureKind::retired: return "retired";
    case DepartureKind::announced: return "announced";
  }
  return "left";
}

std::optional<DepartureKind> parse_kind(std::string_view name) {
  for (auto k : {DepartureKind::resigned, DepartureKind::fired, DepartureKind::left, DepartureKind::retired,
                 DepartureKind::announced})
    if (kind_name(k) == name) return k;
  return std::nullopt;
}

}  // namespace exodus
