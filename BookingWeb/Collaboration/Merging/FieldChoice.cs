namespace BookingWeb.Collaboration.Merging;

/// <summary>How the user settles one conflicting field: keep mine, keep theirs, or a value they typed.</summary>
public abstract record FieldChoice
{
    public static FieldChoice Mine { get; } = new KeepMine();
    public static FieldChoice Theirs { get; } = new KeepTheirs();
    public static FieldChoice Custom(object? value) => new TypedValue(value);

    internal abstract object? Pick(FieldResult conflict);

    private sealed record KeepMine : FieldChoice
    {
        internal override object? Pick(FieldResult conflict) => conflict.Mine;
    }

    private sealed record KeepTheirs : FieldChoice
    {
        internal override object? Pick(FieldResult conflict) => conflict.Theirs;
    }

    private sealed record TypedValue(object? Value) : FieldChoice
    {
        internal override object? Pick(FieldResult conflict) => Value;
    }
}
