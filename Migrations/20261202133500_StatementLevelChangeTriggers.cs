using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// Bulk changes cost one notification (issue 18): the six tables' row-level change triggers become statement-level
    /// AFTER triggers with transition tables, one per operation (PostgreSQL allows transition tables only on a trigger of a
    /// single event). Each statement writes its audit rows with one INSERT … SELECT, every row's change recorded exactly as
    /// before, so History still shows each row. A statement that changed at most <c>bulk_threshold</c> (100) rows still
    /// sends one payload per row with the same fields as before; a larger one sends one notice for the table:
    /// <c>{"table","op","bulk":true,"count","by","origin","audit_id","last_audit_id"}</c> (its first and last audit row),
    /// which pages treat as "reload this table". notify_entity_change stays for <see cref="Down"/> (and the bench's comparison).
    /// </summary>
    public partial class StatementLevelChangeTriggers : Migration
    {
        internal static readonly string[] NotifyingTables =
            ["bookings", "guests", "rooms", "additional_services", "discounts", "reminders"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in NotifyingTables)
            {
                migrationBuilder.Sql(FunctionFor(table));
                migrationBuilder.Sql($"""
                    DROP TRIGGER tr_{table}_notify_change ON {table};
                    CREATE TRIGGER tr_{table}_changes_inserted AFTER INSERT ON {table}
                        REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION audit_and_notify_{table}();
                    CREATE TRIGGER tr_{table}_changes_updated AFTER UPDATE ON {table}
                        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION audit_and_notify_{table}();
                    CREATE TRIGGER tr_{table}_changes_deleted AFTER DELETE ON {table}
                        REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION audit_and_notify_{table}();
                    """);
            }
        }

        /// <summary>
        /// One function per table from one template, so that every query in it is static SQL whose plan PL/pgSQL keeps
        /// for the session: the version (xmin) must be read from the table itself (transition tables carry no system
        /// columns), and a generic function would need EXECUTE, planned anew on every save (measured: a third fewer
        /// one-row commits per second). A row's booking is its id in bookings, its booking_id elsewhere. An UPDATE whose
        /// columns all stay the same is skipped, as before.
        /// </summary>
        internal static string FunctionFor(string table) => FunctionTemplate
            .Replace("{audit_insert}", AuditFor(table, NewRowsOnly, "jsonb_build_object('new', n.value)"))
            .Replace("{audit_update}", AuditFor(table, OldAndNewRows, "jsonb_build_object('old', o.value, 'new', n.value)"))
            .Replace("{audit_delete}", AuditFor(table, OldRowsOnly, "jsonb_build_object('old', o.value)"))
            .Replace("{table}", table);

        private static string AuditFor(string table, string rows, string columnChange) => AuditTemplate
            .Replace("{rows}", rows)
            .Replace("{column_change}", columnChange)
            .Replace("{booking_column}", table == "bookings" ? "id" : "booking_id");

        private const string NewRowsOnly = "SELECT NULL::jsonb AS old_row, to_jsonb(new_rows) AS new_row FROM new_rows";
        private const string OldRowsOnly = "SELECT to_jsonb(old_rows) AS old_row, NULL::jsonb AS new_row FROM old_rows";
        private const string OldAndNewRows =
            "SELECT to_jsonb(old_rows) AS old_row, to_jsonb(new_rows) AS new_row FROM old_rows JOIN new_rows USING (id)";

        private const string FunctionTemplate = """
            CREATE FUNCTION audit_and_notify_{table}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE
                bulk_threshold constant integer := 100;
                changed_by text := left(nullif(current_setting('bookingweb.user', true), ''), 200);
                changed_origin text := left(nullif(current_setting('bookingweb.origin', true), ''), 200);
                audit_ids bigint[];
                written integer;
                payload text;
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {audit_insert}
                ELSIF TG_OP = 'UPDATE' THEN
                    {audit_update}
                ELSE
                    {audit_delete}
                END IF;

                IF written = 0 THEN
                    RETURN NULL;
                ELSIF written > bulk_threshold THEN
                    PERFORM pg_notify('bookingweb_changes', json_build_object(
                        'table', TG_TABLE_NAME, 'op', TG_OP, 'bulk', true, 'count', written,
                        'by', changed_by, 'origin', changed_origin,
                        'audit_id', audit_ids[1], 'last_audit_id', audit_ids[written])::text);
                    RETURN NULL;
                END IF;

                FOR payload IN
                    SELECT json_build_object(
                        'table', a.table_name, 'op', a.operation, 'id', a.row_id, 'booking_id', a.booking_id,
                        'version', t.xmin::text, 'by', a.changed_by, 'origin', a.origin, 'audit_id', a.id)::text
                    FROM audit_log a
                    LEFT JOIN {table} t ON t.id = a.row_id AND a.operation <> 'DELETE'
                    WHERE a.id = ANY(audit_ids)
                    ORDER BY a.id
                LOOP
                    PERFORM pg_notify('bookingweb_changes', payload);
                END LOOP;
                RETURN NULL;
            END;
            $$;
            """;

        // changes holds {"column": {"old": …, "new": …}} for the columns that changed, as the row-level trigger wrote it.
        private const string AuditTemplate = """
            WITH changed AS (
                        SELECT (coalesce(new_row, old_row) ->> 'id')::integer AS row_id,
                               (coalesce(new_row, old_row) ->> '{booking_column}')::integer AS booking_id, old_row, new_row
                        FROM ({rows}) AS pairs
                        WHERE old_row IS DISTINCT FROM new_row),
                    written_rows AS (
                        INSERT INTO audit_log (table_name, row_id, booking_id, operation, changes, changed_by, origin)
                        SELECT TG_TABLE_NAME, c.row_id, c.booking_id, TG_OP, d.changes, changed_by, changed_origin
                        FROM changed c CROSS JOIN LATERAL (
                            SELECT coalesce(jsonb_object_agg(key, {column_change}), '{}'::jsonb) AS changes
                            FROM jsonb_each(coalesce(c.old_row, '{}'::jsonb)) AS o
                            FULL JOIN jsonb_each(coalesce(c.new_row, '{}'::jsonb)) AS n USING (key)
                            WHERE o.value IS DISTINCT FROM n.value) AS d
                        ORDER BY c.row_id
                        RETURNING id)
                    SELECT count(*)::integer, array_agg(id ORDER BY id) INTO written, audit_ids FROM written_rows;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in NotifyingTables)
                migrationBuilder.Sql($"""
                    DROP TRIGGER IF EXISTS tr_{table}_changes_inserted ON {table};
                    DROP TRIGGER IF EXISTS tr_{table}_changes_updated ON {table};
                    DROP TRIGGER IF EXISTS tr_{table}_changes_deleted ON {table};
                    CREATE TRIGGER tr_{table}_notify_change AFTER INSERT OR UPDATE OR DELETE ON {table}
                        FOR EACH ROW EXECUTE FUNCTION notify_entity_change();
                    """);
            foreach (var table in NotifyingTables)
                migrationBuilder.Sql($"DROP FUNCTION IF EXISTS audit_and_notify_{table}();");
        }
    }
}
