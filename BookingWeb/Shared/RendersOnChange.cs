using Microsoft.AspNetCore.Components;

namespace BookingWeb.Shared;

/// <summary>
/// A component that renders again only when what it shows may have changed: on its own events and state changes, or
/// when its parent hands it parameters that differ from the last ones. Every parent re-render hands its children new
/// parameters (a delegate or a record always counts as changed), and each render the child did not need leaves it
/// holding a second render-tree buffer of its size in every open page (memory per circuit, issue 18). Subclasses name
/// the parameters their markup shows in <see cref="ShownParameters"/>.
/// </summary>
public abstract class RendersOnChange : ComponentBase
{
    private object? _lastParameters;
    private bool _sameParameters;

    /// <summary>The parameters the markup shows, compared by <see cref="object.Equals(object?)"/> (e.g. a tuple of them).</summary>
    protected abstract object? ShownParameters { get; }

    public override Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        var shown = ShownParameters;
        _sameParameters = _lastParameters is not null && Equals(shown, _lastParameters);
        _lastParameters = shown;
        // The render these parameters ask for happens inside this call (none of these components sets parameters
        // asynchronously); any later one (an event, a progress callback) renders as usual.
        var set = base.SetParametersAsync(ParameterView.Empty);
        _sameParameters = false;
        return set;
    }

    protected override bool ShouldRender() => !_sameParameters;
}
