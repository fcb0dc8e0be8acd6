using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// Live updates and the audit trail, all in raw SQL: the audit log is written only by the trigger and read
    /// with SQL, so it is not an EF entity (the model snapshot stays unchanged), and EF cannot express triggers.
    /// Every change to the six tables, from this app, another instance or psql, writes one audit row and sends
    /// one NOTIFY on 'bookingweb_changes' with ids only (payloads must stay under 8000 bytes). NOTIFY is
    /// delivered on commit only, so a rolled-back save announces nothing.
    /// </summary>
    public partial class LiveNotifications : Migration
    {
        private static readonly string[] NotifyingTables =
            ["bookings", "guests", "rooms", "additional_services", "discounts", "reminders"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // changes holds {"column": {"old": …, "new": …}} for the columns that changed; an INSERT has only
            // "new", a DELETE only "old". changed_by/origin come from the saving transaction's settings.
            migrationBuilder.Sql("""
                CREATE TABLE audit_log (
                    id bigserial PRIMARY KEY,
                    table_name text NOT NULL,
                    row_id integer NOT NULL,
                    booking_id integer NULL,
                    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
                    changes jsonb NOT NULL,
                    changed_by text NULL,
                    origin text NULL,
                    changed_at timestamptz NOT NULL DEFAULT now()
                );
                CREATE INDEX ix_audit_log_row ON audit_log (table_name, row_id);
                CREATE INDEX ix_audit_log_booking_id ON audit_log (booking_id);
                """);

            // The trail is append-only. An operator pruning old history disables this trigger on purpose
            // (ALTER TABLE audit_log DISABLE TRIGGER tr_audit_log_append_only) or uses TRUNCATE.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;

                CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
                """);

            // One generic trigger for all six tables. Line tables name their booking through booking_id; for
            // bookings the booking is the row itself; guests and rooms have none. xmin is not part of
            // to_jsonb(row), so an UPDATE whose columns all stay the same is recognised and skipped.
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_entity_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
                    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
                    any_row jsonb := coalesce(new_row, old_row);
                    changed_row_id integer := (any_row ->> 'id')::integer;
                    changed_booking_id integer := CASE WHEN TG_TABLE_NAME = 'bookings' THEN changed_row_id
                                                       ELSE (any_row ->> 'booking_id')::integer END;
                    changed_by text := left(nullif(current_setting('bookingweb.user', true), ''), 200);
                    changed_origin text := left(nullif(current_setting('bookingweb.origin', true), ''), 200);
                    column_changes jsonb;
                    new_audit_id bigint;
                BEGIN
                    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
                        RETURN NULL;
                    END IF;

                    SELECT coalesce(jsonb_object_agg(key, CASE TG_OP
                               WHEN 'INSERT' THEN jsonb_build_object('new', n.value)
                               WHEN 'DELETE' THEN jsonb_build_object('old', o.value)
                               ELSE jsonb_build_object('old', o.value, 'new', n.value) END), '{}'::jsonb)
                    INTO column_changes
                    FROM jsonb_each(coalesce(old_row, '{}'::jsonb)) AS o
                    FULL JOIN jsonb_each(coalesce(new_row, '{}'::jsonb)) AS n USING (key)
                    WHERE o.value IS DISTINCT FROM n.value;

                    INSERT INTO audit_log (table_name, row_id, booking_id, operation, changes, changed_by, origin)
                    VALUES (TG_TABLE_NAME, changed_row_id, changed_booking_id, TG_OP, column_changes, changed_by, changed_origin)
                    RETURNING id INTO new_audit_id;

                    PERFORM pg_notify('bookingweb_changes', json_build_object(
                        'table', TG_TABLE_NAME,
                        'op', TG_OP,
                        'id', changed_row_id,
                        'booking_id', changed_booking_id,
                        'version', CASE WHEN TG_OP <> 'DELETE' THEN NEW.xmin::text END,
                        'by', changed_by,
                        'origin', changed_origin,
                        'audit_id', new_audit_id)::text);
                    RETURN NULL;
                END;
                $$;
                """);

            foreach (var table in NotifyingTables)
                migrationBuilder.Sql($"""
                    CREATE TRIGGER tr_{table}_notify_change AFTER INSERT OR UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION notify_entity_change();
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in NotifyingTables)
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS tr_{table}_notify_change ON {table};");
            migrationBuilder.Sql("""
                DROP FUNCTION IF EXISTS notify_entity_change();
                DROP TABLE IF EXISTS audit_log;
                DROP FUNCTION IF EXISTS audit_log_refuse_change();
                """);
        }
    }
}
