namespace BookingWeb.Bench;

/// <summary>Sizes of every measurement: the real run (issue 7's numbers) or a smoke run that only proves the bench works.</summary>
public sealed record BenchOptions
{
    public bool Smoke { get; init; }
    public string? OutputPath { get; init; }

    /// <summary>Only these items of issue 7 (empty: all), e.g. <c>--only 8</c> to re-measure the grid after an index.</summary>
    public IReadOnlySet<int> Only { get; init; } = new HashSet<int>();

    public bool Includes(int item) => Only.Count == 0 || Only.Contains(item);
    public int ListenerChanges { get; init; } = 5_000;
    public int DomChanges { get; init; } = 300;
    public int DomGapMs { get; init; } = 300;
    public int PollingChanges { get; init; } = 20;
    public int IdlePages { get; init; } = 100;
    public int IdleSeconds { get; init; } = 30;
    public int[] FanOutSubscribers { get; init; } = [1_000, 10_000];
    public int FanOutRepeats { get; init; } = 1_000;
    public int StormPages { get; init; } = 20;
    public int StormRows { get; init; } = 10_000;
    public int Storms { get; init; } = 3;
    public int StormSettleMs { get; init; } = 2_000;
    public int BulkStatementRepeats { get; init; } = 5;
    public int CeilingClients { get; init; } = 4;
    public int CeilingSeconds { get; init; } = 10;
    public int MemoryPages { get; init; } = 200;
    public int GridBookings { get; init; } = 100_000;
    public int GridRepeats { get; init; } = 100;
    public int ReportRepeats { get; init; } = 30;
    public int ReportBaselineRepeats { get; init; } = 5;
    public int ReconnectRepeats { get; init; } = 10;
    public int ServerRestarts { get; init; } = 3;
    public int TapeOpens { get; init; } = 20;
    public int TapeRedraws { get; init; } = 60;
    public int TapePointerMoves { get; init; } = 500;

    /// <summary>Row 13's steps of open bookings pages (<c>--load-steps 50,100</c>), split evenly between two instances.</summary>
    public int[] LoadSteps { get; init; } = [50, 100, 200, 400];
    public int LoadChangesPerSecond { get; init; } = 20;

    /// <summary>
    /// How long each step's stream of changes runs (<c>--load-seconds 60</c>): 30 s, not the 60, so that opening 400 pages
    /// and four streams fit in about ten minutes on two cores.
    /// </summary>
    public int LoadSeconds { get; init; } = 30;

    /// <summary>Pages that share one browser context (one sign-in) and so one Chromium renderer process's memory.</summary>
    public int LoadPagesPerContext { get; init; } = 10;
    public int LoadSettleMs { get; init; } = 3_000;

    public static BenchOptions Small { get; } = new()
    {
        Smoke = true,
        ListenerChanges = 30,
        DomChanges = 3,
        DomGapMs = 260,
        PollingChanges = 1,
        IdlePages = 2,
        IdleSeconds = 1,
        FanOutSubscribers = [10, 100],
        FanOutRepeats = 10,
        StormPages = 2,
        StormRows = 100,
        Storms = 1,
        StormSettleMs = 300,
        BulkStatementRepeats = 1,
        CeilingClients = 2,
        CeilingSeconds = 1,
        MemoryPages = 3,
        GridBookings = 1_200,
        GridRepeats = 3,
        ReportRepeats = 2,
        ReportBaselineRepeats = 1,
        ReconnectRepeats = 1,
        ServerRestarts = 0,
        TapeOpens = 1,
        TapeRedraws = 2,
        TapePointerMoves = 10,
        LoadSteps = [2, 4],
        LoadChangesPerSecond = 10,
        LoadSeconds = 2,
        LoadPagesPerContext = 2,
        LoadSettleMs = 300,
    };

    public static BenchOptions Parse(string[] args)
    {
        var options = args.Contains("--smoke") ? Small : new BenchOptions();
        if (Value(args, "--output") is { } output) options = options with { OutputPath = output };
        if (Value(args, "--only") is { } only)
            options = options with { Only = Numbers(only).ToHashSet() };
        if (Value(args, "--load-steps") is { } steps) options = options with { LoadSteps = Numbers(steps) };
        if (Value(args, "--load-seconds") is { } seconds) options = options with { LoadSeconds = Numbers(seconds)[0] };
        return options;
    }

    private static int[] Numbers(string list) =>
        list.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
