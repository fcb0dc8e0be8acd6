namespace BookingWeb.Platform.Data.DemoData;

/// <summary>Small helpers over a fixed-seed <see cref="Random"/>, so the demo hotel is the same on every machine.</summary>
internal static class DemoRandom
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Picks by weight: <c>(value, weight)</c> pairs, weights need not add up to anything.</summary>
    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Value, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (value, weight) in items)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return items[^1].Value;
    }

    public static string Digits(this Random random, string pattern) =>
        string.Concat(pattern.Select(c => c switch
        {
            '#' => (char)('0' + random.Next(10)),
            '@' => (char)('A' + random.Next(26)),
            _ => c,
        }));
}
