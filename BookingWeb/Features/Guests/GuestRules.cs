using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Features.Guests;

/// <summary>What makes a guest valid. Lengths are the columns' (<see cref="FieldLimits.Guests"/>).</summary>
internal static partial class GuestRules
{
    public static void Normalize(Guest guest)
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

    public static FieldErrors Validate(Guest guest)
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

    /// <summary>The rules on the guest as the service will see it (trimmed, blanks as empty), for a form's fields as typed.</summary>
    public static IReadOnlyDictionary<string, string> CheckAsTyped(Guest typed)
    {
        var guest = new Guest();
        CopyEditableFields(typed, guest);
        Normalize(guest);
        return Validate(guest).ToResult().FieldErrors;
    }

    public static void CopyEditableFields(Guest from, Guest to)
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

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Deliberately loose: one @, no spaces, a dot in the domain. Real validation is the guest receiving mail.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
