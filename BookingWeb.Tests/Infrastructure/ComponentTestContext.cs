using BookingWeb.Collaboration.Merging;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Platform.Hosting;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>
/// A bUnit renderer with MudBlazor's services and the save path forms use, for what one component shows and does. Async teardown is required:
/// some MudBlazor services only implement IAsyncDisposable.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        Services.AddMudServices();
        Services.AddLogging().AddMetrics().AddSingleton<BookingWebMetrics>().AddScoped<MergeFlow>().AddScoped<SavePipeline>();
        Services.AddSingleton(TestHotel.Clock());
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Disposes what the test made itself, before the renderer goes.</summary>
    protected virtual void TearDown() { }

    async Task IAsyncLifetime.DisposeAsync()
    {
        TearDown();
        await base.DisposeAsync();
    }
}
