using System.Reflection;
using System.Reflection.Emit;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// The dependency rule of docs/architecture.md, checked on the built tool: a folder of src/Steward uses only the folders
/// below it, so no two folders depend on each other in a circle, and nothing of System.CommandLine (options, parse
/// results, the exit codes of Cli/ExitCodes) reaches below the command line. Every type a type names (in its
/// signatures and in the code of its methods, lambdas included) counts.
/// </summary>
public class LayeringTests
{
    /// <summary>The layers, top to bottom. A folder may use the folders of the layers below its own, and no other.</summary>
    private static readonly string[][] Layers =
    [
        ["Commands"],   // the command line: Program, Commands/ and Cli's wiring (the command tree, global options, exit codes)
        ["UseCases"],   // one job per verb: reads what it needs once, decides, builds the plan
        ["Flow"],       // the branching model's jobs (finish, sync, rollback, start)
        ["Releasing"],  // the release plan's parts: preflight, steps, printing, notes
        ["Changelog", "Propagation", "Artifacts", "Forges"],
        ["Engine"],     // the one executor
        ["Configuration"],
        ["Workspace"],
        ["Git"],
        ["Output"],     // Cli's plumbing every layer writes through: CommandContext, the JSON writers and contexts
    ];

    /// <summary>The types of Cli/ that are the command line's wiring; the rest of Cli/ is <c>Output</c>.</summary>
    private static readonly HashSet<string> CliWiring = ["StewardCli", "GlobalOptions", "ExitCodes", "ParseErrorLines", "SchemeOptions"];

    /// <summary>Types whose own references are not dependencies: the JSON contexts name every type they serialise.</summary>
    private static readonly HashSet<string> Registries = ["Steward.Cli.OutputJson", "Steward.Cli.StewardJsonContext"];

    /// <summary>
    /// The known exceptions, each a type and the layer it may use against the rule, with why; the test fails on any
    /// other, and on an exception that is no longer needed.
    /// </summary>
    private static readonly Dictionary<(string Type, string Uses), string> Exceptions = new()
    {
    };

    private static readonly Assembly Tool = typeof(Steward.Configuration.ConfigLoader).Assembly;

    [Fact]
    public void Every_folder_uses_only_the_folders_below_it()
    {
        var found = Dependencies().Where(d => !Allowed(d.From, d.To)).ToList();

        var unexpected = found.Where(d => !Exceptions.ContainsKey((d.Type, d.To))).Select(d => $"{d.Type} ({d.From}) uses {d.To}: {d.Used}").Distinct().Order().ToList();
        unexpected.Should().BeEmpty("the layers of docs/architecture.md go one way (a new exception needs its reason in this test)");
        var stale = Exceptions.Keys.Where(e => !found.Any(d => (d.Type, d.To) == e)).Select(e => $"{e.Type} -> {e.Uses}").ToList();
        stale.Should().BeEmpty("an exception that is no longer needed is taken out of the list");
    }

    [Fact]
    public void The_layers_name_every_folder_of_the_tool()
    {
        var units = Tool.GetTypes().Where(t => t.Namespace?.StartsWith("Steward", StringComparison.Ordinal) == true).Select(t => Unit(Outermost(t))).ToHashSet();
        units.Should().BeSubsetOf(Layers.SelectMany(l => l), "a new folder takes its place in the layers, here and in docs/architecture.md");
    }

    private static bool Allowed(string from, string to)
    {
        if (to == "System.CommandLine")
        {
            return from == "Commands";
        }

        var layerOf = Layers.SelectMany((units, i) => units.Select(u => (u, i))).ToDictionary(p => p.u, p => p.i);
        return layerOf[to] > layerOf[from];
    }

    private static IEnumerable<(string Type, string From, string To, string Used)> Dependencies() => CodeDependencies().Concat(ExitCodeConstants());

    /// <summary>
    /// The exit codes of Cli/ExitCodes are constants, which the compiler copies into the code that uses them, so they
    /// are found in the source: one type per file, named as the file.
    /// </summary>
    private static IEnumerable<(string Type, string From, string To, string Used)> ExitCodeConstants()
    {
        var source = Path.Combine(SourceTree.Root, "src", "Steward");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var folder = Path.GetRelativePath(source, file).Split(Path.DirectorySeparatorChar)[0];
            if (folder is "Commands" or "Cli" or "obj" or "bin" || folder.EndsWith(".cs", StringComparison.Ordinal))
            {
                continue;
            }

            if (File.ReadAllText(file).Contains("ExitCodes.", StringComparison.Ordinal))
            {
                yield return ($"Steward.{folder}.{Path.GetFileNameWithoutExtension(file)}", folder, "Commands", "Steward.Cli.ExitCodes");
            }
        }
    }

    private static IEnumerable<(string Type, string From, string To, string Used)> CodeDependencies()
    {
        foreach (var type in Tool.GetTypes())
        {
            var outer = Outermost(type);
            if (outer.Namespace?.StartsWith("Steward", StringComparison.Ordinal) != true || Registries.Contains(outer.FullName!))
            {
                continue;
            }

            var from = Unit(outer);
            foreach (var used in Used(type).SelectMany(Flatten).Distinct())
            {
                var to = used.Assembly == Tool ? (Outermost(used).Namespace?.StartsWith("Steward", StringComparison.Ordinal) == true ? Unit(Outermost(used)) : null)
                    : used.Assembly.GetName().Name == "System.CommandLine" ? "System.CommandLine" : null;
                if (to is not null && to != from)
                {
                    yield return (outer.FullName!, from, to, used.FullName ?? used.Name);
                }
            }
        }
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    /// <summary>The folder of a type: its namespace under Steward; Program and Cli's wiring are the command line.</summary>
    private static string Unit(Type type)
    {
        var parts = type.Namespace!.Split('.');
        if (parts.Length == 1)
        {
            return "Commands";
        }

        return parts[1] == "Cli" ? (CliWiring.Contains(type.Name) ? "Commands" : "Output") : parts[1];
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }

            yield break;
        }

        if (!type.IsGenericParameter)
        {
            yield return type;
        }
    }

    /// <summary>Every type named by <paramref name="type"/>'s own declarations and the code of its methods.</summary>
    private static IEnumerable<Type> Used(Type type)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var item in type.GetInterfaces())
        {
            yield return item;
        }

        foreach (var field in type.GetFields(declared))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(declared))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            var body = method.GetMethodBody();
            if (body is null)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                yield return local.LocalType;
            }

            foreach (var used in CodeReferences(method, body.GetILAsByteArray() ?? []))
            {
                yield return used;
            }
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types, fields and methods the IL of <paramref name="method"/> names, as the types that declare them.</summary>
    private static IEnumerable<Type> CodeReferences(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var member = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    foreach (var used in Declaring(member))
                    {
                        yield return used;
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> Declaring(MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case MethodInfo method:
                yield return method.DeclaringType!;
                yield return method.ReturnType;
                foreach (var argument in method.IsGenericMethod ? method.GetGenericArguments() : [])
                {
                    yield return argument;
                }

                break;
            case not null when member.DeclaringType is not null:
                yield return member.DeclaringType;
                break;
        }
    }
}
