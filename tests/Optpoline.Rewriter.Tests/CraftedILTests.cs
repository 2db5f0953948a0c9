using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Tests;

/// <summary>IL shapes C# does not emit but other compilers do: a <c>tail.</c> call, and a branch that lands on the call itself.</summary>
public sealed class CraftedILTests
{
    [Fact]
    public void Weave_TailPrefixAndBranchOntoCall_KeepsBothAndTheBehaviour()
    {
        using var folder = new TestFolder();
        var crafted = folder.Copy(Path.Combine("fixtures", Fixtures.FileName), "crafted");
        Craft(crafted);
        var woven = Path.Combine(folder.Path, "woven", Fixtures.FileName);

        AssemblyWeaver.Weave(crafted, woven);

        using (var module = ModuleDefinition.ReadModule(woven, new ReaderParameters { InMemory = true }))
        {
            var controlFlow = module.GetType("Optpoline.Rewriter.Fixtures.ControlFlow");
            var tail = controlFlow.Methods.Single(m => m.Name == "Tail").Body.Instructions;
            var call = tail.Single(i => i.OpCode == OpCodes.Call);
            Assert.Equal(OpCodes.Tail, call.Previous.OpCode);
            Assert.StartsWith("<Optpoline>Shim_", ((MethodReference)call.Operand).Name, StringComparison.Ordinal);
            var shim = controlFlow.Methods.Single(m => m.Name == ((MethodReference)call.Operand).Name).Body.Instructions;
            Assert.All(shim.Where(i => i.OpCode == OpCodes.Callvirt), i => Assert.Equal(OpCodes.Tail, i.Previous.OpCode));

            var ternary = controlFlow.Methods.Single(m => m.Name == "Ternary").Body.Instructions;
            // The site is woven inline: the shared branch lands on its first instruction, which stores the
            // receiver, and the load of its holder's target follows.
            var shared = (Instruction)ternary.First(i => i.OpCode == OpCodes.Br || i.OpCode == OpCodes.Br_S).Operand;
            Assert.True(shared.OpCode.Code is Code.Stloc or Code.Stloc_S or >= Code.Stloc_0 and <= Code.Stloc_3, shared.ToString());
            var target = shared.Next;
            Assert.Equal(OpCodes.Ldsfld, target.OpCode);
            Assert.Equal("Target", ((FieldReference)target.Operand).Name);
            Assert.StartsWith("<Optpoline>Site_", ((FieldReference)target.Operand).DeclaringType.Name, StringComparison.Ordinal);
            Assert.Contains(ternary, i => i.OpCode == OpCodes.Callvirt && i.Operand is MethodReference { Name: "Speak" });
        }

        string expected;
        using (var run = new FixtureRun(crafted, "crafted"))
        {
            expected = run.Run();
        }

        using var wovenRun = new FixtureRun(woven, "crafted-woven");
        Assert.Empty(wovenRun.PrepareAll());
        Assert.Equal(expected, wovenRun.Run());
    }

    private static void Craft(string path)
    {
        using var module = ModuleDefinition.ReadModule(path, new ReaderParameters { InMemory = true });
        var controlFlow = module.GetType("Optpoline.Rewriter.Fixtures.ControlFlow");

        // Tail(animal): tail. callvirt Animal::Describe(); ret
        var tail = controlFlow.Methods.Single(m => m.Name == "Tail");
        var describe = tail.Body.Instructions.Single(i => i.OpCode == OpCodes.Callvirt);
        tail.Body.GetILProcessor().InsertBefore(describe, Instruction.Create(OpCodes.Tail));

        // Ternary(which, a, b): both arms branch onto one shared callvirt.
        //   ldarg.0; brtrue A; ldarg.2; br CALL; A: ldarg.1; CALL: callvirt Animal::Speak(); ret
        var ternary = controlFlow.Methods.Single(m => m.Name == "Ternary");
        var speak = (MethodReference)ternary.Body.Instructions.First(i => i.OpCode == OpCodes.Callvirt).Operand;
        ternary.Body.Instructions.Clear();
        var il = ternary.Body.GetILProcessor();
        var call = il.Create(OpCodes.Callvirt, speak);
        var first = il.Create(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Brtrue, first);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Br, call);
        il.Append(first);
        il.Append(call);
        il.Emit(OpCodes.Ret);

        // Another build of the fixtures: its sites must not pass for the original's in a profile.
        module.Mvid = Guid.NewGuid();
        module.Write(path);
    }
}
