using Mono.Cecil;
using Mono.Cecil.Cil;

namespace BookingWeb.Tests.Architecture;

/// <summary>
/// Which of the app's namespaces use which, read from the compiled assembly's metadata and IL: base types, fields,
/// signatures, attributes and every type, method and field a method body touches. Each edge keeps one example
/// ("BookingWeb.Collaboration.Merging.SaveResult uses BookingWeb.Collaboration.Merging.MergeConflict") so a failure says where.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = [];

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    /// <summary>The namespaces <paramref name="from"/> uses, each with an example of the use.</summary>
    public IReadOnlyDictionary<string, string> UsesOf(string from) => _edges.TryGetValue(from, out var uses) ? uses : new Dictionary<string, string>();

    /// <summary>A graph from its uses, each example naming the edge (for tests of the checks themselves).</summary>
    public static NamespaceGraph Of(IReadOnlyDictionary<string, string[]> uses)
    {
        var graph = new NamespaceGraph();
        foreach (var (from, tos) in uses)
            graph._edges[from] = tos.ToDictionary(to => to, to => $"{from} uses {to}");
        return graph;
    }

    /// <summary>The same uses between groups of namespaces (<paramref name="groupOf"/> names a namespace's group).</summary>
    public NamespaceGraph Grouped(Func<string, string> groupOf)
    {
        var graph = new NamespaceGraph();
        foreach (var (from, uses) in _edges)
        {
            var group = graph._edges.TryGetValue(groupOf(from), out var existing) ? existing : graph._edges[groupOf(from)] = [];
            foreach (var (to, example) in uses)
                if (groupOf(to) != groupOf(from)) group.TryAdd(groupOf(to), example);
        }
        return graph;
    }

    public static NamespaceGraph Of(System.Reflection.Assembly assembly, string rootNamespace)
    {
        var graph = new NamespaceGraph();
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!InApp(from, rootNamespace)) continue;
            graph._edges.TryAdd(from, []);
            foreach (var used in TypesUsedBy(type))
            {
                var to = NamespaceOf(used);
                if (to != from && InApp(to, rootNamespace))
                    graph._edges[from].TryAdd(to, $"{OuterName(type)} uses {OuterName(used)}");
            }
        }
        return graph;
    }

    private static bool InApp(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    // Nested types (closures, state machines, a component's render fragments) belong to the type that declares them.
    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.Namespace;
    }

    private static string OuterName(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.FullName;
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        if (type.BaseType is not null) foreach (var t in Expand(type.BaseType)) yield return t;
        foreach (var i in type.Interfaces) foreach (var t in Expand(i.InterfaceType)) yield return t;
        foreach (var t in Attributes(type)) yield return t;
        foreach (var field in type.Fields)
        {
            foreach (var t in Expand(field.FieldType)) yield return t;
            foreach (var t in Attributes(field)) yield return t;
        }
        foreach (var property in type.Properties)
        {
            foreach (var t in Expand(property.PropertyType)) yield return t;
            foreach (var t in Attributes(property)) yield return t;
        }
        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType)) yield return t;
            foreach (var p in method.Parameters) foreach (var t in Expand(p.ParameterType)) yield return t;
            foreach (var t in Attributes(method)) yield return t;
            if (!method.HasBody) continue;
            foreach (var variable in method.Body.Variables) foreach (var t in Expand(variable.VariableType)) yield return t;
            foreach (var instruction in method.Body.Instructions)
                foreach (var t in OperandTypes(instruction)) yield return t;
        }
    }

    private static IEnumerable<TypeReference> OperandTypes(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => Expand(type),
        MethodReference method => Expand(method.DeclaringType).Concat(Expand(method.ReturnType))
            .Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType)))
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments.SelectMany(Expand) : []),
        FieldReference field => Expand(field.DeclaringType).Concat(Expand(field.FieldType)),
        _ => [],
    };

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(a => Expand(a.AttributeType)
            .Concat(a.ConstructorArguments.Select(arg => arg.Value).OfType<TypeReference>().SelectMany(Expand)));

    // List<Booking>, Booking[], ref Booking and Func<Booking, Room> use Booking and Room.
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType)) yield return t;
                foreach (var argument in generic.GenericArguments) foreach (var t in Expand(argument)) yield return t;
                break;
            case TypeSpecification specification:
                foreach (var t in Expand(specification.ElementType)) yield return t;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
