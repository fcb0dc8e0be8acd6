using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Collaboration.Live;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Guests;

/// <summary>What makes a guest valid, and what is said about one. Lengths are the columns' (<see cref="FieldLimits.Guests"/>).</summary>
public sealed partial class GuestRules : RecordRules<Guest>
{
    public override ChangeTable Table => ChangeTable.Guests;
    public override string LoggedNoun => "Guest";
    public override string Noun => GuestTexts.MergeNoun;

    public override IReadOnlyDictionary<string, string> FieldNames => new Dictionary<string, string>
    {
        [nameof(Guest.FirstName)] = GuestTexts.MergeFirstName, [nameof(Guest.LastName)] = GuestTexts.MergeLastName,
        [nameof(Guest.Email)] = GuestTexts.MergeEmail, [nameof(Guest.Phone)] = GuestTexts.MergePhone,
        [nameof(Guest.Street)] = GuestTexts.MergeStreet, [nameof(Guest.PostalCode)] = GuestTexts.MergePostalCode,
        [nameof(Guest.City)] = GuestTexts.MergeCity, [nameof(Guest.Country)] = GuestTexts.MergeCountry,
        [nameof(Guest.Notes)] = GuestTexts.MergeNotes,
    };

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

    public override void CopyEditableFields(Guest from, Guest to)
    {
        to.FirstName = from.FirstName;
        to.LastName = from.LastName;
        to.Email = from.Email;
        to.Phone = from.Phone;
        to.Street = from.Street;
        to.PostalCode = from.PostalCode;
        to.City = from.City;
        to.Country = from.Country;
        to.Notes = from.Notes;
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
