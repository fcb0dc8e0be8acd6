using System.Globalization;
using System.Text;

namespace BookingWeb.Platform.Data.DemoData;

/// <summary>Demo guests from across Europe, made from name lists; a few without e-mail or phone, as in real life.</summary>
internal static class DemoGuests
{
    private static readonly string[] Notes =
    [
        "Prefers a quiet room away from the lift.", "Allergic to feathers: synthetic bedding.", "Vegetarian.",
        "Regular guest; likes a lake view.", "Travels with a small dog.", "Invoice to the company, not the guest.",
        "Early riser: breakfast from 6:30 if possible.", "Needs a parking space for a van.",
    ];

    public static List<Guest> Create(Random random, int count)
    {
        var countries = DemoCountry.All.Select(c => (c, c.Weight)).ToList();
        var usedEmails = new HashSet<string>(StringComparer.Ordinal);
        var guests = new List<Guest>(count);
        for (var i = 0; i < count; i++)
        {
            var country = random.PickWeighted(countries);
            var (city, postalCode) = random.Pick(country.Cities);
            var street = random.Pick(country.Streets);
            var houseNumber = random.Next(1, 120).ToString(CultureInfo.InvariantCulture);
            var guest = new Guest
            {
                FirstName = random.Pick(country.FirstNames),
                LastName = random.Pick(country.LastNames),
                Phone = random.Chance(0.92) ? random.Digits(country.Phone) : null,
                Street = country.HouseNumberFirst ? $"{houseNumber} {street}" : $"{street} {houseNumber}",
                PostalCode = random.Digits(postalCode),
                City = city,
                Country = country.Name,
                Notes = random.Chance(0.06) ? random.Pick(Notes) : null,
            };
            guest.Email = random.Chance(0.9) ? UniqueEmail(guest, random.Pick(country.MailDomains), usedEmails) : null;
            guests.Add(guest);
        }
        return guests;
    }

    private static string UniqueEmail(Guest guest, string domain, HashSet<string> used)
    {
        var local = $"{Ascii(guest.FirstName)}.{Ascii(guest.LastName)}";
        var email = $"{local}@{domain}";
        for (var n = 2; !used.Add(email); n++)
            email = $"{local}{n}@{domain}";
        return email;
    }

    /// <summary>"Jürgen" → "jurgen": plain letters for addresses: accents dropped, spaces and apostrophes removed.</summary>
    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Replace("ß", "ss").Replace("ø", "o").Replace("ł", "l").Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z') builder.Append(c);
        }
        return builder.ToString();
    }
}
