using System.Reflection;
using Mono.Cecil;
using RuntimeSignatures = Optpoline.Reporting.MethodSignatures;
using WeaverSignatures = Optpoline.Rewriter.Baking.MethodSignatures;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// The runtime names a profiled target by a signature computed with reflection; the rewriter finds it
/// by the same signature computed from metadata. Both must agree on every method of real assemblies,
/// and the signature must tell a type's methods of one name apart.
/// </summary>
public sealed class MethodSignatureTests
{
    [Theory]
    [InlineData("fixtures/" + Fixtures.FileName)]
    [InlineData("Jint.dll")]
    [InlineData("Acornima.dll")]
    public void Of_EveryMethod_ReflectionAndMetadataAgree(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        var context = new IsolatedContext(Path.GetDirectoryName(path)!, "signatures");
        try
        {
            var assembly = context.LoadFile(path);
            using var module = ModuleDefinition.ReadModule(path);
            var byToken = module.GetTypes().SelectMany(t => t.Methods).ToDictionary(m => m.MetadataToken.ToInt32());
            var compared = 0;
            var mismatches = new List<string>();
            foreach (var method in assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)))
            {
                var expected = WeaverSignatures.Of(byToken[method.MetadataToken]);
                var actual = RuntimeSignatures.Of(method);
                compared++;
                if (expected != actual)
                {
                    mismatches.Add($"{method.DeclaringType}::{method.Name}: metadata {expected ?? "null"}, reflection {actual ?? "null"}");
                }
            }

            Assert.True(compared > 50, $"only {compared} methods compared");
            Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {compared} differ:\n" + string.Join("\n", mismatches.Take(20)));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Of_Overloads_AreToldApart()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Jint.dll");
        using var module = ModuleDefinition.ReadModule(path);
        foreach (var type in module.GetTypes())
        {
            var clashes = type.Methods.Select(m => (m.Name, Signature: WeaverSignatures.Of(m))).Where(m => m.Signature is not null)
                .GroupBy(m => m).Where(g => g.Count() > 1 && g.Key.Name is not "op_Implicit" and not "op_Explicit").Select(g => g.Key).ToList();
            Assert.True(clashes.Count == 0, $"{type.FullName}: {string.Join(", ", clashes)}");
        }
    }
}
