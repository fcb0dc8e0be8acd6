using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Collaboration.History;

/// <summary>Who deleted a record, from the audit log: "Anna Reception deleted this booking at 14:02 while you were editing it."</summary>
public static class Deletions
{
    public static async Task<SaveResult.DeletedMeanwhile> MeanwhileAsync(
        BookingDbContext db, HotelClock clock, ChangeTable table, int rowId, string what, CancellationToken cancellationToken = default)
    {
        var last = (await AuditLog.ForRowAsync(db, table, rowId, 1, cancellationToken)).FirstOrDefault();
        if (last is not { Operation: "DELETE" })
            return new SaveResult.DeletedMeanwhile(string.Format(HistoryTexts.DeletedBySomeone, what));
        var names = await StaffNames.LookupAsync(db, [last.ChangedBy], cancellationToken);
        var who = names.NameOf(last.ChangedBy);
        return new SaveResult.DeletedMeanwhile(
            string.Format(HistoryTexts.DeletedByAt, Sentences.Capitalised(who), what, clock.AtHotel(last.ChangedAt).ToString("HH:mm")));
    }
}
