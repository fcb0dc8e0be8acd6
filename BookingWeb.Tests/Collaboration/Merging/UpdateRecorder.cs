using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>
/// Records the columns each UPDATE sets, and can let another user save in between, just before the next UPDATE
/// goes out, to make a save race a second time.
/// </summary>
internal sealed partial class UpdateRecorder : DbCommandInterceptor
{
    private readonly List<IReadOnlyList<string>> _setLists = [];
    private Func<Task>? _beforeNextUpdate;

    public IReadOnlyList<IReadOnlyList<string>> SetLists => _setLists;

    public void BeforeNextUpdate(Func<Task> action) => _beforeNextUpdate = action;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var update = UpdateStatement().Match(command.CommandText);
        if (update.Success)
        {
            if (_beforeNextUpdate is { } action)
            {
                _beforeNextUpdate = null;
                await action();
            }
            _setLists.Add(Assignment().Matches(update.Groups["set"].Value).Select(m => m.Groups["column"].Value).Order().ToList());
        }
        return result;
    }

    [GeneratedRegex(@"UPDATE\s+\S+\s+SET\s+(?<set>.*?)\s+WHERE", RegexOptions.Singleline)]
    private static partial Regex UpdateStatement();

    [GeneratedRegex(@"(?<column>\w+)\s*=\s*@")]
    private static partial Regex Assignment();
}
