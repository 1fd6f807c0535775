// The schema's history: numbered SQL migrations compiled into the program, applied in order.
#pragma once
#include <vector>

namespace exodus::store {

struct Migration {
  int version;       // NNNN of migrations/NNNN_name.sql
  const char* name;  // file name
  const char* sql;
};

// Every migration, in version order (generated from migrations/*.sql at build time).
const std::vector<Migration>& embedded_migrations();

// The version a fully migrated database has: PRAGMA user_version after the last migration.
int latest_schema_version();

// PRAGMA application_id of every exodus database ("EXOD"), to tell one from any other SQLite file.
inline constexpr int kApplicationId = 0x45584f44;

}  // namespace exodus::store
