using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Platform.Identity;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Npgsql;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// The one way a single-table record (a guest, a room) is read, saved and deleted. A save checks the rules, writes
/// against the version the editor loaded and, when someone else saved meanwhile, merges through <see cref="MergingSaver"/>:
/// saved, merged with a sentence, a conflict for the merge dialog (which saves the user's choices), or deleted meanwhile.
/// </summary>
public abstract class RecordStore<TRecord>(
    IDbContextFactory<BookingDbContext> contextFactory, RecordRules<TRecord> rules, StaffSession session, HotelClock clock, ILogger logger)
    where TRecord : Entity, new()
{
    /// <summary>A context for the queries of a store's own pages (lists, searches).</summary>
    protected Task<BookingDbContext> CreateDbContextAsync(CancellationToken cancellationToken) => contextFactory.CreateDbContextAsync(cancellationToken);

    public async Task<TRecord?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<TRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Creates (Id 0) or updates a record. On success the input's Id and Version are the saved ones.</summary>
    /// <param name="original">The record as the editor loaded it: a save that raced someone else's merges with theirs.</param>
    public async Task<SaveResult> SaveAsync(TRecord input, TRecord? original = null, CancellationToken cancellationToken = default)
    {
        if (rules.AdminsOnly is { } onlyAdmins && !session.Current.IsAdmin) return new SaveResult.Invalid(onlyAdmins);
        rules.Normalize(input);
        var errors = rules.Validate(input);
        if (errors.Any) return errors.ToResult();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await rules.CheckAgainstOthersAsync(db, input, cancellationToken) is { } refused) return refused;
        var record = input.Id == 0 ? db.Set<TRecord>().Add(new TRecord()).Entity : await FindAsync(db, input.Id, cancellationToken);
        if (record is null)
            return original is null ? new SaveResult.NotFound(rules.NoLongerExists(input)) : await DeletedMeanwhileAsync(db, input, cancellationToken);
        var entry = db.Entry(record);
        // EF compares this with xmin: a save over someone else's newer change fails instead of overwriting it.
        if (input.Id != 0) entry.Property(nameof(Entity.Version)).OriginalValue = input.Version;
        rules.CopyEditableFields(input, record);
        return await WriteAsync(db, entry, input, original is null || input.Id == 0
            ? async () => { await db.SaveChangesAsync(cancellationToken); return new SaveResult.Saved(record.Id); }
            : () => MergingSaveAsync(db, entry, input, original, cancellationToken));
    }

    public async Task<DeleteResult> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        if (rules.AdminsOnly is { } onlyAdmins && !session.Current.IsAdmin) return new DeleteResult.Refused(onlyAdmins);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync(db, id, cancellationToken);
        if (record is null) return new DeleteResult.NotFound(rules.DeleteNotFound);
        var bookings = await rules.BookingsOfAsync(db, id, cancellationToken);
        if (bookings > 0) return new DeleteResult.Refused(rules.HasBookings(record, bookings));

        db.Remove(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DeleteResult.Refused(rules.DeleteRaced(record));
        }
        catch (DbUpdateException ex) when (DatabaseErrors.FindPostgresError(ex)?.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A booking arrived between the count and the delete; the foreign key kept the record.
            return new DeleteResult.Refused(rules.HasBookings(record, null));
        }
        logger.LogInformation("{Record} {RecordId} deleted by {UserId}", rules.LoggedNoun, id, db.Actor);
        return new DeleteResult.Deleted();
    }

    private static Task<TRecord?> FindAsync(BookingDbContext db, int id, CancellationToken cancellationToken) =>
        db.Set<TRecord>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private Task<SaveResult.DeletedMeanwhile> DeletedMeanwhileAsync(BookingDbContext db, TRecord input, CancellationToken cancellationToken) =>
        Deletions.MeanwhileAsync(db, clock, rules.Table, input.Id, rules.DeletedWhat(input), cancellationToken);

    /// <summary>Runs the save; turns what the database refused into sentences and, once saved, updates the editor's copy.</summary>
    private async Task<SaveResult> WriteAsync(BookingDbContext db, EntityEntry entry, TRecord input, Func<Task<SaveResult>> save)
    {
        SaveResult result;
        try
        {
            result = await save();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Invalid(rules.ChangedMeanwhile(input));
        }
        catch (DbUpdateException ex) when (DatabaseErrors.FindPostgresError(ex) is { } error && rules.Refusal(error, input) is { } refusal)
        {
            return refusal;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.Describe(ex) is { } sentence)
        {
            logger.LogWarning(ex, "Saving {Record} {RecordId} was refused by the database", rules.LoggedNoun, input.Id);
            return new SaveResult.Invalid(sentence);
        }
        if (result is not (SaveResult.Saved or SaveResult.Merged)) return result;
        var record = (TRecord)entry.Entity;
        logger.LogInformation("{Record} {RecordId} saved by {UserId}", rules.LoggedNoun, record.Id, db.Actor);
        rules.CopyEditableFields(record, input);
        (input.Id, input.Version) = (record.Id, record.Version);
        return result;
    }

    private async Task<SaveResult> MergingSaveAsync(BookingDbContext db, EntityEntry entry, TRecord input, TRecord original,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult.Saved(input.Id);
        }
        catch (DbUpdateConcurrencyException e) when (e.Entries.Any(x => x.Entity == entry.Entity))
        {
            // Who saved theirs: read now, as the merged save below stamps the row with my name.
            var who = await WhoAsync(db, entry, cancellationToken);
            var save = await MergingSaver.SaveAsync(db, entry, EntitySnapshot.Of(db, original), cancellationToken);
            return await OutcomeAsync(db, entry, input, save, who, cancellationToken);
        }
    }

    /// <summary>Saves the user's choices for a conflict into the record (loaded afresh) against the version merged with.</summary>
    private async Task<SaveResult> ResolveAsync(TRecord input, MergingSave.Conflicted conflicted, (string Name, DateTimeOffset? At) who,
        IReadOnlyDictionary<MergeKey, FieldChoice> choices, CancellationToken cancellationToken)
    {
        if (rules.AdminsOnly is { } onlyAdmins && !session.Current.IsAdmin) return new SaveResult.Invalid(onlyAdmins);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync(db, input.Id, cancellationToken);
        if (record is null) return await DeletedMeanwhileAsync(db, input, cancellationToken);
        var entry = db.Entry(record);
        var merge = conflicted.Merge;
        var resolved = merge.Resolve(merge.Conflicts.ToDictionary(f => f.Field, f => choices.GetValueOrDefault(f.Field) ?? FieldChoice.Mine));
        return await WriteAsync(db, entry, input, async () =>
        {
            var save = await MergingSaver.SaveResolvedAsync(db, entry, resolved, conflicted.DatabaseVersion, cancellationToken);
            return await OutcomeAsync(db, entry, input, save is MergingSave.Saved { Merged: null } ? new MergingSave.Saved(resolved) : save,
                who, cancellationToken);
        });
    }

    private async Task<SaveResult> OutcomeAsync(BookingDbContext db, EntityEntry entry, TRecord input, MergingSave save,
        (string Name, DateTimeOffset? At) who, CancellationToken cancellationToken)
    {
        var id = ((Entity)entry.Entity).Id;
        switch (save)
        {
            case MergingSave.Saved { Merged: null }:
                return new SaveResult.Saved(id);
            case MergingSave.Saved saved:
                return new SaveResult.Merged(id, new MergeSummary(who.Name, rules.FieldNames).Add(saved.Merged).Sentence());
            case MergingSave.Conflicted conflicted:
                var now = await WhoAsync(db, entry, cancellationToken);
                var fields = conflicted.Merge.Conflicts.Select(f => new ConflictField(f.Field, Label(f.Field),
                    entry.Property(f.Field).Metadata.ClrType, f.Original, f.Theirs, f.Mine)).ToList();
                return new SaveResult.Conflict(new MergeConflict(fields, now.Name, now.At),
                    (choices, token) => ResolveAsync(input, conflicted, now, choices, token));
            default:
                return new SaveResult.DeletedMeanwhile(string.Format(ConflictTexts.DeletedMeanwhile, rules.Noun));
        }
    }

    private static async Task<(string Name, DateTimeOffset? At)> WhoAsync(BookingDbContext db, EntityEntry entry, CancellationToken cancellationToken)
    {
        var values = await entry.GetDatabaseValuesAsync(cancellationToken);
        if (values is null) return (ConflictTexts.Someone, null);
        var userId = values.GetValue<string?>(nameof(Entity.UpdatedBy));
        var names = await StaffNames.LookupAsync(db, [userId], cancellationToken);
        return (names.NameOf(userId), values.GetValue<DateTimeOffset>(nameof(Entity.UpdatedAt)));
    }

    private string Label(string field) => rules.FieldNames.TryGetValue(field, out var name) ? Sentences.Capitalised(name) : field;
}
