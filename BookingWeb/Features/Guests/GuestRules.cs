using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Collaboration.Live;
using BookingWeb.Collaboration.Merging;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Guests;

/// <summary>What makes a guest valid, and what is said about one. Lengths are the columns' (<see cref="FieldLimits.Guests"/>).</summary>
public sealed partial class GuestRules : RecordRules<Guest>
{
    public override ChangeTable Table => ChangeTable.Guests;
    public override string LoggedNoun => "Guest";
    public override string Noun => GuestTexts.MergeNoun;

    public override IReadOnlyList<MergedField<Guest>> Fields { get; } =
    [
        MergedField<Guest>.Of(nameof(Guest.FirstName), () => GuestTexts.MergeFirstName, r => r.FirstName, (r, v) => r.FirstName = v),
        MergedField<Guest>.Of(nameof(Guest.LastName), () => GuestTexts.MergeLastName, r => r.LastName, (r, v) => r.LastName = v),
        MergedField<Guest>.Of(nameof(Guest.Email), () => GuestTexts.MergeEmail, r => r.Email, (r, v) => r.Email = v),
        MergedField<Guest>.Of(nameof(Guest.Phone), () => GuestTexts.MergePhone, r => r.Phone, (r, v) => r.Phone = v),
        MergedField<Guest>.Of(nameof(Guest.Street), () => GuestTexts.MergeStreet, r => r.Street, (r, v) => r.Street = v),
        MergedField<Guest>.Of(nameof(Guest.PostalCode), () => GuestTexts.MergePostalCode, r => r.PostalCode, (r, v) => r.PostalCode = v),
        MergedField<Guest>.Of(nameof(Guest.City), () => GuestTexts.MergeCity, r => r.City, (r, v) => r.City = v),
        MergedField<Guest>.Of(nameof(Guest.Country), () => GuestTexts.MergeCountry, r => r.Country, (r, v) => r.Country = v),
        MergedField<Guest>.Of(nameof(Guest.Notes), () => GuestTexts.MergeNotes, r => r.Notes, (r, v) => r.Notes = v),
    ];

    public override string NameOf(Guest guest) => guest.FullName;

    public override void Normalize(Guest guest)
    {
        guest.FirstName = guest.FirstName?.Trim() ?? "";
        guest.LastName = guest.LastName?.Trim() ?? "";
        guest.Email = NullIfBlank(guest.Email);
        guest.Phone = NullIfBlank(guest.Phone);
        guest.Street = NullIfBlank(guest.Street);
        guest.PostalCode = NullIfBlank(guest.PostalCode);
        guest.City = NullIfBlank(guest.City);
        guest.Country = NullIfBlank(guest.Country);
        guest.Notes = NullIfBlank(guest.Notes);
    }

    public override FieldErrors Validate(Guest guest)
    {
        var errors = new FieldErrors();
        errors.Require(guest.FirstName, nameof(Guest.FirstName), GuestTexts.FirstName);
        errors.Require(guest.LastName, nameof(Guest.LastName), GuestTexts.LastName);
        errors.Text(guest.FirstName, FieldLimits.Guests.FirstName, nameof(Guest.FirstName), GuestTexts.FirstName);
        errors.Text(guest.LastName, FieldLimits.Guests.LastName, nameof(Guest.LastName), GuestTexts.LastName);
        errors.Text(guest.Email, FieldLimits.Guests.Email, nameof(Guest.Email), GuestTexts.Email);
        if (guest.Email is not null && !EmailPattern().IsMatch(guest.Email))
            errors.Add(nameof(Guest.Email), GuestTexts.EmailLike);
        errors.Text(guest.Phone, FieldLimits.Guests.Phone, nameof(Guest.Phone), GuestTexts.Phone);
        errors.Text(guest.Street, FieldLimits.Guests.Street, nameof(Guest.Street), GuestTexts.Street);
        errors.Text(guest.PostalCode, FieldLimits.Guests.PostalCode, nameof(Guest.PostalCode), GuestTexts.PostalCode);
        errors.Text(guest.City, FieldLimits.Guests.City, nameof(Guest.City), GuestTexts.City);
        errors.Text(guest.Country, FieldLimits.Guests.Country, nameof(Guest.Country), GuestTexts.Country);
        errors.Text(guest.Notes, FieldLimits.Guests.Notes, nameof(Guest.Notes), GuestTexts.Notes);
        return errors;
    }

    public override Task<int> BookingsOfAsync(BookingDbContext db, int id, CancellationToken cancellationToken) =>
        db.Bookings.CountAsync(b => b.GuestId == id, cancellationToken);

    public override string NoLongerExists(Guest input) => string.Format(GuestTexts.NoLongerExists, input.FullName);
    public override string DeletedWhat(Guest input) => input.FullName;
    public override string ChangedMeanwhile(Guest input) => string.Format(GuestTexts.ChangedMeanwhile, input.FullName);
    public override string DeleteNotFound => GuestTexts.DeleteNotFound;
    public override string DeleteRaced(Guest guest) => string.Format(GuestTexts.DeleteRaced, guest.FullName);

    public override string HasBookings(Guest guest, int? bookings) => string.Format(GuestTexts.HasBookings, guest.FullName, bookings switch
    {
        null => GuestTexts.SomeBookings, 1 => GuestTexts.OneBooking, _ => string.Format(GuestTexts.ManyBookings, bookings),
    });

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Deliberately loose: one @, no spaces, a dot in the domain. Real validation is the guest receiving mail.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
