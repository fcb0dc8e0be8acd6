namespace BookingWeb.Tests.Infrastructure;

/// <summary>Test classes that start a whole deployment: xunit runs them one at a time once the parallel classes are done.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
