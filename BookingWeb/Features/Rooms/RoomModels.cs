using BookingWeb.Data;

namespace BookingWeb.Features.Rooms;

public enum RoomActivity { Active, Inactive, All }

public enum RoomSort { Number, Name, Type, Capacity, BaseRate, IsActive }

/// <summary>What the /rooms grid asks for.</summary>
public sealed record RoomQuery(RoomActivity Activity, RoomSort Sort, bool Descending, int Skip, int Take);

public sealed record RoomRow(int Id, string Number, string Name, RoomType Type, int MaxAdults, int MaxChildren, decimal BaseRate, bool IsActive)
{
    public string Capacity => MaxChildren > 0 ? $"{Adults} + {Children}" : Adults;

    private string Adults => MaxAdults == 1 ? "1 adult" : $"{MaxAdults} adults";
    private string Children => MaxChildren == 1 ? "1 child" : $"{MaxChildren} children";
}

public sealed record RoomPage(IReadOnlyList<RoomRow> Rows, int Count);
