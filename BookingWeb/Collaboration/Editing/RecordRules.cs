using BookingWeb.Collaboration.Live;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using Npgsql;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// What <see cref="RecordStore{TRecord}"/> needs to know of one kind of single-table record (a guest, a room): its
/// table, what makes it valid, which fields an editor changes, and the sentences about it in the reader's language.
/// </summary>
public abstract class RecordRules<TRecord> where TRecord : Entity, new()
{
    public abstract ChangeTable Table { get; }

    /// <summary>What one record is called in the log (English, for the operator): "guest".</summary>
    public abstract string LoggedNoun { get; }

    /// <summary>What one record is called in the merge sentences: "guest".</summary>
    public abstract string Noun { get; }

    /// <summary>The fields an editor changes (and a merge compares), with what the merge sentences call them.</summary>
    public abstract IReadOnlyList<MergedField<TRecord>> Fields { get; }

    public IReadOnlyDictionary<string, string> FieldNames => Fields.Names();

    /// <summary>When only administrators may change this kind of record, the sentence refusing anyone else; otherwise null.</summary>
    public virtual string? AdminsOnly => null;

    /// <summary>"Mia Müller", "Room 12 · Garden view".</summary>
    public abstract string NameOf(TRecord record);

    /// <summary>Trims the text and turns blank optional fields into null, as the record is saved.</summary>
    public abstract void Normalize(TRecord record);

    public abstract FieldErrors Validate(TRecord record);

    public void CopyEditableFields(TRecord from, TRecord to) => Fields.Copy(from, to);

    /// <summary>The rules on the record as it will be saved (normalized), for a form's fields as typed.</summary>
    public IReadOnlyDictionary<string, string> CheckAsTyped(TRecord typed)
    {
        var record = new TRecord();
        CopyEditableFields(typed, record);
        Normalize(record);
        return Validate(record).ToResult().FieldErrors;
    }

    /// <summary>A refusal that needs the other records (a room number already taken), or null.</summary>
    public virtual Task<SaveResult.Invalid?> CheckAgainstOthersAsync(BookingDbContext db, TRecord input, CancellationToken cancellationToken) =>
        Task.FromResult<SaveResult.Invalid?>(null);

    /// <summary>The sentence for a constraint of this table the database enforced (the unique room number), or null.</summary>
    public virtual SaveResult.Invalid? Refusal(PostgresException error, TRecord input) => null;

    /// <summary>How many bookings keep the record from being deleted.</summary>
    public abstract Task<int> BookingsOfAsync(BookingDbContext db, int id, CancellationToken cancellationToken);

    public abstract string NoLongerExists(TRecord input);

    /// <summary>The record as "… deleted {0} at 14:02" names it.</summary>
    public abstract string DeletedWhat(TRecord input);
    public abstract string ChangedMeanwhile(TRecord input);
    public abstract string DeleteNotFound { get; }
    public abstract string DeleteRaced(TRecord record);

    /// <param name="bookings">How many; null when a booking arrived just as it was being deleted.</param>
    public abstract string HasBookings(TRecord record, int? bookings);
}
