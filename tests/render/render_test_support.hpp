// Test helpers for the render printers: a small hand-made timeline (accents, hostile text, every kind of date),
// a strict RFC 4180 reader and a minimal XML well-formedness checker, so the tests need no extra library.
#pragma once
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "store/timeline.hpp"

namespace exodus::render::testing {

inline const std::string hostile = "<script>alert(1)</script>";

inline SourceRef make_source(std::string name, std::string outlet, std::string evidence, dates::DateRange date) {
  SourceRef s;
  s.name = std::move(name);
  s.outlet = std::move(outlet);
  s.url = "https://news.example/" + std::to_string(evidence.size());
  s.title = "A reshuffle at the top";
  s.published = "2024-05-15";
  s.lang = "en";
  s.evidence = std::move(evidence);
  s.date = std::move(date);
  return s;
}

// Entries in timeline order, covering a day, a month, a year, a quarter, a range with disagreeing sources, an open
// range, an unknown date and an empty organization, plus text built to break printers.
inline std::vector<TimelineEntry> sample_timeline() {
  using dates::DateRange;
  using dates::Day;
  std::vector<TimelineEntry> entries;

  TimelineEntry year;
  year.id = 7;
  year.person = "Zoë Ångström";
  year.org = "Nordwind AG";
  year.kind = DepartureKind::retired;
  year.date = DateRange::year_of(2023, "last year");
  year.sources.push_back(make_source("Nordwind AG", "Le Temps", "Zoë Ångström retired last year.", year.date));
  entries.push_back(year);

  TimelineEntry quarter;
  quarter.id = 8;
  quarter.person = "Hiro Tanaka";
  quarter.org = "Acme Labs";
  quarter.kind = DepartureKind::left;
  quarter.date = DateRange::between(Day{2024, 1, 1}, Day{2024, 3, 31}, dates::Precision::quarter, "in the first quarter");
  quarter.sources.push_back(make_source("Acme Labs", "Wire", "Tanaka left in the first quarter.", quarter.date));
  entries.push_back(quarter);

  TimelineEntry open;
  open.id = 3;
  open.person = "Marc Dupont, \"the fixer\"";
  open.org = "Acme Labs";
  open.role = "head of policy";
  open.kind = DepartureKind::resigned;
  open.hedged = true;
  open.date = DateRange::on_or_before(Day{2024, 4, 30});
  open.date.reference = "2024-04-30";  // reported with no time: on or before the publication date
  open.sources.push_back(make_source("The Ledger", "Daily Wire", "Dupont reportedly resigned,\nsources say.", open.date));
  open.sources.back().hedged = true;
  entries.push_back(open);

  TimelineEntry month;
  month.id = 4;
  month.person = "Élodie Marchand";
  month.org = "Acme Labs";
  month.role = "directrice | recherche";
  month.kind = DepartureKind::fired;
  month.date = DateRange::month_of(2024, 4, "le mois dernier");
  month.date.reference = "2024-05-15";
  month.sources.push_back(make_source("Le Courrier", "Le Courrier", "Élodie Marchand a été licenciée le mois dernier.", month.date));
  entries.push_back(month);

  TimelineEntry range;
  range.id = 5;
  range.person = "Sam Okafor";
  range.org = "=HYPERLINK(\"http://evil.example\")";
  range.kind = DepartureKind::left;
  range.date = DateRange::between(Day{2024, 3, 20}, Day{2024, 5, 8}, dates::Precision::range, "weeks ago");
  range.dates_disagree = true;
  range.sources.push_back(make_source("Wire", "Wire", "Okafor left weeks ago.", range.date));
  range.sources.push_back(make_source("Blog", "Blog", "Okafor left in February.", DateRange::month_of(2024, 2, "in February")));
  entries.push_back(range);

  TimelineEntry day;
  day.id = 1;
  day.person = "Jan Kowalski";
  day.org = "Acme Labs";
  day.role = "chief scientist";
  day.kind = DepartureKind::resigned;
  day.date = DateRange::single_day(Day{2024, 5, 14}, "mardi soir");
  day.date.reference = "2024-05-15";
  day.sources.push_back(make_source("X", "Business Wire", "Kowalski said on Tuesday evening that he resigned.", day.date));
  entries.push_back(day);

  TimelineEntry evil;
  evil.id = 2;
  evil.person = hostile;
  evil.org = "Acme Labs";
  evil.role = "@role\twith tab";
  evil.kind = DepartureKind::announced;
  evil.date = DateRange::single_day(Day{2024, 5, 15});
  SourceRef evil_source = make_source(hostile, hostile, hostile + " & \"quoted\" \x1b[31mred\x1b[0m", evil.date);
  evil_source.title = hostile;
  evil_source.url = "javascript:alert(1)";
  evil.sources.push_back(evil_source);
  entries.push_back(evil);

  TimelineEntry unknown;
  unknown.id = 6;
  unknown.person = "Ana Lima";
  unknown.kind = DepartureKind::left;
  unknown.date = DateRange::unknown("un jour");
  unknown.sources.push_back(make_source("Gazette", "Gazette", "Ana Lima has left.", unknown.date));
  entries.push_back(unknown);
  return entries;
}

// RFC 4180: records end with CRLF, fields with a comma, quote, CR or LF are quoted, quotes doubled inside quotes.
// Throws on anything else, so a test fails on output a strict reader would reject.
inline std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  bool at_field_start = true;
  while (i < text.size()) {
    char c = text[i];
    if (at_field_start && c == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) throw std::runtime_error("unterminated quoted field");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      at_field_start = false;
      if (i < text.size() && text[i] != ',' && text[i] != '\r') throw std::runtime_error("text after closing quote");
      continue;
    }
    if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
      at_field_start = true;
      ++i;
    } else if (c == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n') throw std::runtime_error("CR without LF");
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
      at_field_start = true;
      i += 2;
    } else if (c == '\n') {
      throw std::runtime_error("bare LF line end");
    } else if (c == '"') {
      throw std::runtime_error("quote inside an unquoted field");
    } else {
      field += c;
      at_field_start = false;
      ++i;
    }
  }
  if (!record.empty() || !field.empty()) throw std::runtime_error("last record without CRLF");
  return records;
}

// XML 1.0 well-formedness, enough for generated SVG: one root element, properly nested and closed tags, quoted and
// unique attributes, no '<' in attribute values or raw text, only the predefined or numeric entities, no control
// characters. Returns an empty string when well-formed, else what is wrong and where.
inline std::string xml_problem(std::string_view doc) {
  auto is_name_start = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':'; };
  auto is_name_char = [&](char c) {
    return is_name_start(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.';
  };
  auto where = [&](std::size_t pos) { return " at byte " + std::to_string(pos); };
  std::vector<std::string> open;
  bool root_seen = false;
  std::size_t i = 0;
  auto check_text = [&](std::string_view text, std::size_t base) -> std::string {
    for (std::size_t k = 0; k < text.size(); ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return "control character" + where(base + k);
      if (c == '<') return "raw '<'" + where(base + k);
      if (c == '&') {
        const auto semi = text.find(';', k);
        if (semi == std::string_view::npos) return "unterminated entity" + where(base + k);
        const std::string_view entity = text.substr(k + 1, semi - k - 1);
        static const std::set<std::string_view> predefined{"amp", "lt", "gt", "quot", "apos"};
        bool ok = predefined.count(entity) > 0;
        if (!ok && entity.size() > 1 && entity[0] == '#') {
          const bool hex = entity[1] == 'x';
          const std::string_view digits = entity.substr(hex ? 2 : 1);
          ok = !digits.empty();
          for (char d : digits) ok = ok && (hex ? std::isxdigit(static_cast<unsigned char>(d)) : std::isdigit(static_cast<unsigned char>(d)));
        }
        if (!ok) return "unknown entity &" + std::string(entity) + ";" + where(base + k);
        k = semi;
      }
    }
    return {};
  };
  while (i < doc.size()) {
    if (doc[i] != '<') {
      const auto next = doc.find('<', i);
      const std::string_view text = doc.substr(i, next == std::string_view::npos ? doc.size() - i : next - i);
      if (open.empty() && text.find_first_not_of(" \t\r\n") != std::string_view::npos)
        return "text outside the root element" + where(i);
      if (auto problem = check_text(text, i); !problem.empty()) return problem;
      i += text.size();
      continue;
    }
    if (doc.substr(i, 5) == "<?xml") {
      if (root_seen || i != 0) return "misplaced XML declaration" + where(i);
      const auto end = doc.find("?>", i);
      if (end == std::string_view::npos) return "unterminated declaration";
      i = end + 2;
      continue;
    }
    if (doc.substr(i, 4) == "<!--") {
      const auto end = doc.find("-->", i);
      if (end == std::string_view::npos) return "unterminated comment";
      i = end + 3;
      continue;
    }
    if (doc.substr(i, 2) == "</") {
      std::size_t k = i + 2;
      const std::size_t name_start = k;
      while (k < doc.size() && is_name_char(doc[k])) ++k;
      const std::string name(doc.substr(name_start, k - name_start));
      while (k < doc.size() && std::isspace(static_cast<unsigned char>(doc[k]))) ++k;
      if (k >= doc.size() || doc[k] != '>') return "malformed end tag" + where(i);
      if (open.empty() || open.back() != name) return "end tag </" + name + "> does not match" + where(i);
      open.pop_back();
      i = k + 1;
      continue;
    }
    // Start tag.
    std::size_t k = i + 1;
    if (k >= doc.size() || !is_name_start(doc[k])) return "malformed tag" + where(i);
    const std::size_t name_start = k;
    while (k < doc.size() && is_name_char(doc[k])) ++k;
    const std::string name(doc.substr(name_start, k - name_start));
    if (open.empty()) {
      if (root_seen) return "second root element" + where(i);
      root_seen = true;
    }
    std::set<std::string> attributes;
    for (;;) {
      const std::size_t before_space = k;
      while (k < doc.size() && std::isspace(static_cast<unsigned char>(doc[k]))) ++k;
      if (k >= doc.size()) return "unterminated tag" + where(i);
      if (doc[k] == '>') {
        open.push_back(name);
        ++k;
        break;
      }
      if (doc.substr(k, 2) == "/>") {
        k += 2;
        break;
      }
      if (k == before_space) return "attributes must be separated by space" + where(k);
      const std::size_t attr_start = k;
      if (!is_name_start(doc[k])) return "malformed attribute name" + where(k);
      while (k < doc.size() && is_name_char(doc[k])) ++k;
      const std::string attr(doc.substr(attr_start, k - attr_start));
      if (!attributes.insert(attr).second) return "duplicate attribute " + attr + where(k);
      if (k >= doc.size() || doc[k] != '=') return "attribute without value" + where(k);
      ++k;
      if (k >= doc.size() || (doc[k] != '"' && doc[k] != '\'')) return "unquoted attribute value" + where(k);
      const char quote = doc[k++];
      const auto end = doc.find(quote, k);
      if (end == std::string_view::npos) return "unterminated attribute value" + where(k);
      if (auto problem = check_text(doc.substr(k, end - k), k); !problem.empty()) return problem;
      k = end + 1;
    }
    i = k;
  }
  if (!root_seen) return "no root element";
  if (!open.empty()) return "unclosed element <" + open.back() + ">";
  return {};
}

}  // namespace exodus::render::testing
