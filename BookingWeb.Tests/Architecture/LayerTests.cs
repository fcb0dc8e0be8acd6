namespace BookingWeb.Tests.Architecture;

/// <summary>
/// Dependencies run one way: the app shell → features → collaboration (live updates, merging, presence, history,
/// activity, editing) → platform (data, identity, hosting, the clock, languages) → shared basics. A namespace uses only
/// its own layer and those below it, and no modules (a layer's folders: Features.Bookings, Platform.Data, …) use each
/// other in a circle; the folders inside one module may use each other.
/// </summary>
public class LayerTests
{
    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(BookingWeb.BookingWebApp).Assembly, "BookingWeb");

    private static readonly (string Prefix, int Layer, string Name)[] Layers =
    [
        ("BookingWeb.Shared", 0, "shared basics"),
        ("BookingWeb.Texts", 0, "shared basics"),
        ("BookingWeb.Platform", 1, "platform"),
        ("BookingWeb.Migrations", 1, "platform"),
        ("BookingWeb.Collaboration", 2, "collaboration"),
        ("BookingWeb.Features", 3, "features"),
        ("BookingWeb.Components", 4, "app shell"),
    ];

    private static (int Layer, string Name)? LayerOf(string ns)
    {
        if (ns == "BookingWeb") return (4, "app shell");
        foreach (var (prefix, layer, name) in Layers)
            if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)) return (layer, name);
        return null;
    }

    [Fact]
    public void The_graph_is_read_from_the_compiled_app()
    {
        Assert.Contains("BookingWeb.Platform.Data", Graph.UsesOf("BookingWeb.Features.Bookings").Keys);
        Assert.Contains("BookingWeb.Collaboration.Live", Graph.UsesOf("BookingWeb.Collaboration.Activity").Keys);
    }

    [Fact]
    public void Every_namespace_belongs_to_a_layer()
    {
        var outside = Graph.Namespaces.Where(ns => LayerOf(ns) is null).Order().ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void No_namespace_uses_a_higher_layer()
    {
        var upward =
            from ns in Graph.Namespaces
            let layer = LayerOf(ns)
            from use in Graph.UsesOf(ns)
            let used = LayerOf(use.Key)
            where layer is not null && used is not null && used.Value.Layer > layer.Value.Layer
            select $"{ns} ({layer.Value.Name}) uses {use.Key} ({used.Value.Name}): {use.Value}";
        var found = upward.Order().ToList();
        Assert.True(found.Count == 0, "Uses against the direction of the layers:\n" + string.Join("\n", found));
    }

    [Fact]
    public void No_modules_use_each_other_in_a_circle()
    {
        var circles = Circles(Graph.Grouped(ModuleOf));
        Assert.True(circles.Count == 0, "Modules in a circle:\n" + string.Join("\n", circles));
    }

    [Fact]
    public void Components_reach_the_database_only_through_services()
    {
        var reading =
            from type in typeof(BookingWeb.BookingWebApp).Assembly.GetTypes()
            where typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(type)
            from property in type.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            where property.IsDefined(typeof(Microsoft.AspNetCore.Components.InjectAttribute), inherit: true)
            where property.PropertyType == typeof(BookingWeb.Platform.Data.BookingDbContext)
                || property.PropertyType == typeof(Microsoft.EntityFrameworkCore.IDbContextFactory<BookingWeb.Platform.Data.BookingDbContext>)
            select $"{type.FullName}.{property.Name}";
        Assert.Empty(reading);
    }

    /// <summary>BookingWeb.Features.Bookings for BookingWeb.Features.Bookings.Editor; BookingWeb.Shared for itself.</summary>
    private static string ModuleOf(string ns)
    {
        var parts = ns.Split('.');
        return string.Join('.', parts.Take(parts.Length > 1 && parts[1] is "Features" or "Collaboration" or "Platform" ? 3 : 2));
    }

    [Fact]
    public void A_circle_between_modules_is_found()
    {
        var graph = NamespaceGraph.Of(new Dictionary<string, string[]>
        {
            ["BookingWeb.Platform.Data"] = ["BookingWeb.Platform.Identity"],
            ["BookingWeb.Platform.Identity.Sessions"] = ["BookingWeb.Platform.Data"],
            ["BookingWeb.Shared"] = [],
        }).Grouped(ModuleOf);

        Assert.Equal(["BookingWeb.Platform.Data → BookingWeb.Platform.Identity → BookingWeb.Platform.Data"],
            Circles(graph).Select(c => c[..c.IndexOf("  [", StringComparison.Ordinal)]));
    }

    /// <summary>Each circle as "A → B → A" with the uses that close it.</summary>
    private static List<string> Circles(NamespaceGraph graph)
    {
        var circles = new List<string>();
        var done = new HashSet<string>();
        foreach (var start in graph.Namespaces.Order())
        {
            var path = new List<string>();
            Walk(start);
            done.Add(start);

            void Walk(string ns)
            {
                path.Add(ns);
                foreach (var next in graph.UsesOf(ns).Keys.Order())
                {
                    if (next == start)
                        circles.Add(string.Join(" → ", path.Append(start)) + "  [" + string.Join("; ", path.Zip(path.Skip(1).Append(start), (a, b) => graph.UsesOf(a)[b])) + "]");
                    else if (!done.Contains(next) && !path.Contains(next) && path.Count < 6)
                        Walk(next);
                }
                path.RemoveAt(path.Count - 1);
            }
        }
        return circles;
    }
}
