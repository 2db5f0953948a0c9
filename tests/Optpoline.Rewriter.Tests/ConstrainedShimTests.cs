using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Tests;

/// <summary>The IL of a woven <c>constrained.</c> call: a generic shim over the constrained type, taking the receiver by reference.</summary>
public sealed class ConstrainedShimTests
{
    [Fact]
    public void Weave_ConstrainedCallOnTypeParameter_CallsGenericShimThatKeepsTheConstrainedCall()
    {
        using var folder = new TestFolder();
        var (_, woven, _) = Fixtures.Weave(folder);

        using var module = ModuleDefinition.ReadModule(woven, new ReaderParameters { InMemory = true });
        var type = module.GetType("Optpoline.Rewriter.Fixtures.ConstrainedCalls");
        var stepRef = type.Methods.Single(m => m.Name == "StepRef").Body.Instructions;
        var call = stepRef.Single(i => i.OpCode == OpCodes.Call);
        var target = Assert.IsType<GenericInstanceMethod>(call.Operand);
        Assert.StartsWith("<Optpoline>Shim_", target.Name, StringComparison.Ordinal);
        Assert.Equal("T", target.GenericArguments.Single().Name);
        Assert.DoesNotContain(stepRef, i => i.OpCode == OpCodes.Constrained || i.OpCode == OpCodes.Callvirt);
        Assert.Equal(OpCodes.Nop, call.Previous.OpCode);

        var shim = type.Methods.Single(m => m.Name == target.Name);
        Assert.True(shim.HasGenericParameters);
        Assert.True(shim.Parameters[0].ParameterType.IsByReference);
        var body = shim.Body.Instructions;
        var constrained = body.Single(i => i.OpCode == OpCodes.Constrained);
        Assert.Equal(OpCodes.Callvirt, constrained.Next.OpCode);
        Assert.Equal("IStepper", ((MethodReference)constrained.Next.Operand).DeclaringType.Name);

        // The value-type test comes first, so that the JIT drops the site for struct instantiations.
        Assert.Equal(OpCodes.Ldtoken, body[0].OpCode);
        Assert.Equal("get_IsValueType", ((MethodReference)body[2].Operand).Name);
    }

    [Fact]
    public void Weave_ConstrainedCallOnValueTypeOrStructConstrainedParameter_IsLeftAlone()
    {
        using var folder = new TestFolder();
        var (_, woven, _) = Fixtures.Weave(folder);

        using var module = ModuleDefinition.ReadModule(woven, new ReaderParameters { InMemory = true });
        var type = module.GetType("Optpoline.Rewriter.Fixtures.ConstrainedCalls");
        foreach (var name in new[] { "StructText", "PlainText" })
        {
            var body = type.Methods.Single(m => m.Name == name).Body.Instructions;
            Assert.Contains(body, i => i.OpCode == OpCodes.Constrained);
            Assert.DoesNotContain(body, i => i.Operand is MethodReference m && m.Name.StartsWith("<Optpoline>", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Weave_ConstrainedCallOnGenericInterfaceOfTypeParameter_CallsShimGenericOverCallerAndConstrainedType()
    {
        using var folder = new TestFolder();
        var (_, woven, _) = Fixtures.Weave(folder);

        using var module = ModuleDefinition.ReadModule(woven, new ReaderParameters { InMemory = true });
        var type = module.GetType("Optpoline.Rewriter.Fixtures.ConstrainedCalls");
        var same = type.Methods.Single(m => m.Name == "Same").Body.Instructions;
        var call = same.Single(i => i.OpCode == OpCodes.Call);
        var target = Assert.IsType<GenericInstanceMethod>(call.Operand);

        // Shim_N<T, T>: the caller's own T (named by IEquatable<T>), then the constrained type.
        Assert.Equal(["T", "T"], target.GenericArguments.Select(a => a.Name));
        var shim = type.Methods.Single(m => m.Name == target.Name);
        Assert.Equal(2, shim.GenericParameters.Count);
        Assert.Equal("IEquatable`1", shim.GenericParameters[0].Constraints.Single().ConstraintType.Name);
        var load = shim.Body.Instructions.Single(i => i.OpCode == OpCodes.Ldsfld);
        var holder = Assert.IsType<GenericInstanceType>(((FieldReference)load.Operand).DeclaringType);
        Assert.Single(holder.ElementType.Resolve().GenericParameters);
    }
}
