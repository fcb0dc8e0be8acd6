using BookingWeb.Platform.Data;
using BookingWeb.Texts;

namespace BookingWeb.Features.Rooms;

public enum RoomActivity { Active, Inactive, All }

public enum RoomSort { Number, Name, Type, Capacity, BaseRate, IsActive }

/// <summary>What the /rooms grid asks for.</summary>
public sealed record RoomQuery(RoomActivity Activity, RoomSort Sort, bool Descending, int Skip, int Take);

public sealed record RoomRow(int Id, string Number, string Name, RoomType Type, int MaxAdults, int MaxChildren, decimal BaseRate, bool IsActive)
{
    /// <summary>"2 adults + 1 child", in the page's language.</summary>
    public string Capacity => MaxChildren > 0 ? string.Format(RoomTexts.AdultsAndChildren, Adults, Children) : Adults;

    private string Adults => MaxAdults == 1 ? RoomTexts.OneAdult : string.Format(RoomTexts.ManyAdults, MaxAdults);
    private string Children => MaxChildren == 1 ? RoomTexts.OneChild : string.Format(RoomTexts.ManyChildren, MaxChildren);
}

public sealed record RoomPage(IReadOnlyList<RoomRow> Rows, int Count);
