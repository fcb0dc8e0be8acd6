using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// Who has which booking open in an editor, across every instance: one row per circuit, kept fresh by a
    /// heartbeat and swept when stale (a crashed instance leaves no ghost). Not an EF entity: only
    /// PresenceService reads and writes it. UNLOGGED because it is worthless after a server crash anyway.
    /// Arriving, leaving and moving to another booking announce themselves on the same channel as the data
    /// changes (table "presence"); heartbeats do not.
    /// </summary>
    public partial class EditingPresence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE presence (
                    circuit_id text PRIMARY KEY,
                    booking_id integer NOT NULL,
                    user_id text NOT NULL,
                    seen_at timestamptz NOT NULL DEFAULT now()
                );
                CREATE INDEX ix_presence_booking ON presence (booking_id);

                CREATE FUNCTION notify_presence_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        PERFORM pg_notify('bookingweb_changes', json_build_object('table', 'presence', 'op', 'DELETE', 'id', 0,
                            'booking_id', OLD.booking_id, 'version', NULL, 'by', OLD.user_id, 'origin', OLD.circuit_id, 'audit_id', 0)::text);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        PERFORM pg_notify('bookingweb_changes', json_build_object('table', 'presence', 'op', 'INSERT', 'id', 0,
                            'booking_id', NEW.booking_id, 'version', NULL, 'by', NEW.user_id, 'origin', NEW.circuit_id, 'audit_id', 0)::text);
                    END IF;
                    RETURN NULL;
                END;
                $$;

                CREATE TRIGGER tr_presence_arrive_leave AFTER INSERT OR DELETE ON presence
                    FOR EACH ROW EXECUTE FUNCTION notify_presence_change();
                CREATE TRIGGER tr_presence_move AFTER UPDATE OF booking_id ON presence
                    FOR EACH ROW WHEN (OLD.booking_id IS DISTINCT FROM NEW.booking_id) EXECUTE FUNCTION notify_presence_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS presence;
                DROP FUNCTION IF EXISTS notify_presence_change();
                """);
        }
    }
}
