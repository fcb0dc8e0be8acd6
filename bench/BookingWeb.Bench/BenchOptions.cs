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

    /// <summary>
    /// Row 13's steps of open bookings pages (<c>--load-steps 50,100</c>), split evenly between two instances: the issue's
    /// 50 to 400, and 10 and 25 before them, because on two cores p95 passed 250 ms before the first of those.
    /// </summary>
    public int[] LoadSteps { get; init; } = [10, 25, 50, 100, 200, 400];
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

    /// <summary>What <c>--help</c> prints: every option the bench takes, with the ones the docs use as examples.</summary>
    public const string Usage = """
        Usage: scripts/bench.sh [options]
        Runs the benchmark against its own PostgreSQL container and writes bench/results/latest.md (and load-chart.svg beside it and in docs/).

          --smoke                 tiny sizes that only prove the bench works (writes nothing unless --output is given)
          --only 4,8              only these rows' steps (row 7 is produced by step 4), e.g. to re-measure after a change
          --output <file>         write the Markdown report there instead of bench/results/latest.md
          --load-steps 50,100     row 13's steps of open bookings pages (default 10,25,50,100,200,400)
          --load-seconds 60       how long each of row 13's streams of changes runs (default 30)
          --help, -h              print this and run nothing
        """;

    private static readonly string[] Flags = ["--smoke", "--help", "-h"];
    private static readonly string[] Valued = ["--output", "--only", "--load-steps", "--load-seconds"];

    public static bool AsksForHelp(string[] args) => args.Contains("--help") || args.Contains("-h");

    /// <summary>The options, or why the arguments make none: an unknown option or a value that is not a list of numbers.</summary>
    public static BenchOptions Parse(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (Flags.Contains(args[i])) continue;
            if (!Valued.Contains(args[i])) throw new ArgumentException($"Unknown option \"{args[i]}\".");
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"{args[i]} needs a value.");
            i++;
        }
        var options = args.Contains("--smoke") ? Small : new BenchOptions();
        if (Value(args, "--output") is { } output) options = options with { OutputPath = output };
        if (Value(args, "--only") is { } only)
            options = options with { Only = Numbers("--only", only).ToHashSet() };
        if (Value(args, "--load-steps") is { } steps) options = options with { LoadSteps = Numbers("--load-steps", steps) };
        if (Value(args, "--load-seconds") is { } seconds) options = options with { LoadSeconds = Numbers("--load-seconds", seconds)[0] };
        return options;
    }

    private static int[] Numbers(string option, string list)
    {
        var numbers = list.Split(',').Select(n => int.TryParse(n, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0 ? number : (int?)null).ToArray();
        if (numbers.Any(n => n is null)) throw new ArgumentException($"{option} takes positive whole numbers separated by commas, not \"{list}\".");
        return numbers.Select(n => n!.Value).ToArray();
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
