namespace BookingWeb.Platform.Data;

/// <summary>
/// How much each column holds, declared once: the table configurations size the columns with these, and the features'
/// rules refuse a longer or larger value at the field with a message, so nothing is cut or clamped silently.
/// </summary>
public static class FieldLimits
{
    /// <summary>numeric(10,2): every amount of money and every quantity.</summary>
    public const int MoneyPrecision = 10;
    public const int MoneyScale = 2;
    public const decimal MaxMoney = 99_999_999.99m;

    /// <summary>Guests in one booking and beds of one room, each of adults and children.</summary>
    public const int MaxPartySize = 20;

    /// <summary>The longest text any field takes; the browser keeps longer text back (wwwroot/BookingWeb.lib.module.js).</summary>
    public const int LongestText = Bookings.Notes;

    /// <summary>
    /// The circuit's largest message from the browser (SignalR's default is 32 KB): an input event carries its field's value
    /// twice (the event's value and the field's), and a character can take six bytes (a control character escapes to
    /// \u0001), so the longest text needs 48,000 bytes, plus room for the event itself.
    /// </summary>
    public const int CircuitMessageBytes = LongestText * 6 * 2 + 16 * 1024;

    public static class Bookings
    {
        public const int ReservationNumber = 20;
        public const int Notes = 4000;
    }

    public static class Lines
    {
        public const int ServiceDescription = 200;
        public const int DiscountDescription = 200;
        public const int ReminderText = 1000;
    }

    public static class Guests
    {
        public const int FirstName = 100;
        public const int LastName = 100;
        public const int Email = 200;
        public const int Phone = 50;
        public const int Street = 200;
        public const int PostalCode = 20;
        public const int City = 100;
        public const int Country = 100;
        public const int Notes = 2000;
    }

    public static class Rooms
    {
        public const int Number = 20;
        public const int Name = 100;
        public const int Notes = 2000;
    }

    public static class Users
    {
        public const int DisplayName = 100;

        /// <summary>ASP.NET Core Identity's own column size for user names and e-mail addresses.</summary>
        public const int Email = 256;
    }

    /// <summary>The names of people stamped on rows (created by, done by).</summary>
    public const int StaffName = 100;
}
