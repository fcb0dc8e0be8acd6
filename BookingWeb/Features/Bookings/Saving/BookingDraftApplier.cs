using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>
/// Copies a draft onto a tracked booking. Lines match by id: new ones are added, missing ones removed,
/// and each kept line is checked against the version the editor loaded.
/// </summary>
internal static class BookingDraftApplier
{
    public static void Apply(BookingDbContext db, BookingDraft draft, Booking booking, HotelClock clock)
    {
        booking.GuestId = draft.GuestId!.Value;
        booking.RoomId = draft.RoomId!.Value;
        booking.CheckIn = draft.CheckIn!.Value;
        booking.CheckOut = draft.CheckOut!.Value;
        booking.Adults = draft.Adults;
        booking.Children = draft.Children;
        booking.Status = draft.Status;
        booking.RatePerNight = draft.RatePerNight;
        booking.PaymentStatus = draft.PaymentStatus;
        booking.AmountPaid = draft.AmountPaid;
        booking.Notes = Clean(draft.Notes);

        Sync(db, booking.Services, draft.Services, l => l.Id, l => l.Version, (line, entity) =>
        {
            entity.Description = line.Description.Trim();
            entity.Quantity = line.Quantity;
            entity.UnitPrice = line.UnitPrice;
            entity.ServiceDate = line.ServiceDate;
        });
        Sync(db, booking.Discounts, draft.Discounts, l => l.Id, l => l.Version, (line, entity) =>
        {
            entity.Description = line.Description.Trim();
            entity.Kind = line.Kind;
            entity.Value = line.Value;
        });
        Sync(db, booking.Reminders, draft.Reminders, l => l.Id, l => l.Version, (line, entity) =>
        {
            entity.Text = line.Text.Trim();
            entity.DueAt = clock.Instant(line.DueAt!.Value).ToUniversalTime();
            if (line.Done && !entity.Done) entity.DoneBy = db.Actor;
            if (!line.Done) entity.DoneBy = null;
            entity.Done = line.Done;
        });
    }

    private static void Sync<TEntity, TLine>(BookingDbContext db, List<TEntity> entities, List<TLine> lines,
        Func<TLine, int> lineId, Func<TLine, uint> lineVersion, Action<TLine, TEntity> copy)
        where TEntity : Entity, new()
    {
        var keptIds = lines.Select(lineId).Where(id => id != 0).ToHashSet();
        foreach (var removed in entities.Where(e => !keptIds.Contains(e.Id)).ToList())
        {
            entities.Remove(removed);
            db.Remove(removed);
        }
        foreach (var line in lines)
        {
            var entity = lineId(line) == 0 ? null : entities.FirstOrDefault(e => e.Id == lineId(line));
            if (entity is null)
            {
                entity = new TEntity();
                entities.Add(entity);
            }
            else
            {
                db.Entry(entity).Property(e => e.Version).OriginalValue = lineVersion(line);
            }
            copy(line, entity);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
