using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Corpus.Tests;

/// <summary>The forced JIT finds invalid IL where the corpus test relies on it: in plain methods and in generic code.</summary>
public sealed class ForcedJitTests
{
    [Fact]
    public void Run_BrokenMethods_ReportsEachAsInvalidProgram()
    {
        using var folder = new TestFolder();
        var original = Path.Combine(Corpus.Folder, "Polly.Core.dll");
        var broken = Path.Combine(folder.Path, "Polly.Core.dll");
        (string Type, string Method) plain, generic;
        using (var module = ModuleDefinition.ReadModule(original, new ReaderParameters { InMemory = true }))
        {
            plain = Break(module.Types.Where(t => !t.HasGenericParameters));
            generic = Break(module.Types.Where(t => t.HasGenericParameters && t.GenericParameters.All(p => !p.HasConstraints && p.Attributes == GenericParameterAttributes.NonVariant)));
            module.Write(broken);
        }

        var before = Sweep(original, Corpus.Folder);
        var after = Sweep(broken, folder.Path);

        Assert.Empty(before.Failures);
        Assert.StartsWith("InvalidProgramException", Assert.Single(after.Failures, f => Names(f.Key, plain)).Value, StringComparison.Ordinal);
        Assert.StartsWith("InvalidProgramException", Assert.Single(after.Failures, f => Names(f.Key, generic)).Value, StringComparison.Ordinal);
        Assert.Equal(2, after.Failures.Count);
        Assert.Equal(before.Prepared - 2, after.Prepared);
    }

    /// <summary>Whether a failure key (<c>Type::ReturnType Name(Parameters)</c>) names the method.</summary>
    private static bool Names(string key, (string Type, string Method) method) =>
        key.StartsWith(method.Type + "::", StringComparison.Ordinal) && key.Contains($" {method.Method}(", StringComparison.Ordinal);

    /// <summary>Puts a <c>pop</c> on an empty stack at the start of a method of the first type that has one; returns the type's and the method's names.</summary>
    private static (string Type, string Method) Break(IEnumerable<TypeDefinition> types)
    {
        foreach (var type in types)
        {
            var method = type.Methods.FirstOrDefault(m => m.HasBody && !m.HasGenericParameters && !m.IsConstructor && type.Methods.Count(o => o.Name == m.Name) == 1);
            if (method is not null)
            {
                method.Body.GetILProcessor().InsertBefore(method.Body.Instructions[0], Instruction.Create(OpCodes.Pop));
                return (type.FullName, method.Name);
            }
        }

        throw new InvalidOperationException("no method to break");
    }

    private static JitSweep Sweep(string path, string folder)
    {
        var context = new CorpusLoadContext("forced JIT: " + folder, [folder, Corpus.Folder, SharedFrameworks.AspNetCore]);
        try
        {
            return ForcedJit.Run(context.LoadFile(path));
        }
        finally
        {
            context.Unload();
        }
    }
}
