using System.Security.Cryptography;

namespace Optpoline.Rewriter.Tests;

public sealed class WeaverTests
{
    [Fact]
    public void Weave_Fixtures_CountsEverySiteOnceBySkipReason()
    {
        using var folder = new TestFolder();
        var (_, _, result) = Fixtures.Weave(folder);

        Assert.Equal(result.SitesFound, result.SitesRewritten + result.Skipped.Values.Sum());
        Assert.True(result.SkippedFor(SkipReason.NotVirtual) > 0, "C#'s null-check callvirt on non-virtual methods");
        Assert.True(result.SkippedFor(SkipReason.Constrained) > 0, "ConstrainedCalls.PlainText and StructText<T> where T : struct");
        Assert.True(result.DelegateSitesRewritten >= 5, "DelegateCalls.Apply, Run, Bumped, Raise");
        Assert.True(result.ConstrainedSitesRewritten >= 5, "ConstrainedCalls.StepRef, StepTwice, Text, Hash, Convert; Stepping<T>.StepField");
        Assert.True(result.GenericSitesRewritten >= 20, $"{result.GenericSitesRewritten} sites in generic code: Holder<T>.Unbox, GenericCode<T>'s calls, ConstrainedCalls.Same");
        Assert.Equal(1, result.SkippedFor(SkipReason.GenericContext));
        Assert.Equal(new Dictionary<SkipReason, int> { [SkipReason.GenericContext] = 1 }, result.GenericSitesSkipped);
        Assert.True(result.SkippedFor(SkipReason.UnsupportedSignature) > 0, "Store.Slot returns a ref");
        Assert.True(result.SkippedFor(SkipReason.Final) > 0, "Cube.Area is sealed");
        Assert.Equal(0, result.SkippedFor(SkipReason.Unresolved));
        Assert.True(result.SymbolsKept);
        Assert.False(result.StrongNamed);
    }

    [Fact]
    public void Weave_WovenAssembly_IsRefusedAndLeftByteIdentical()
    {
        using var folder = new TestFolder();
        var (_, woven, _) = Fixtures.Weave(folder);
        var before = SHA256.HashData(File.ReadAllBytes(woven));

        var refusal = Assert.Throws<WeaveException>(() => AssemblyWeaver.Weave(woven, woven));

        Assert.Equal(WeaveError.AlreadyWoven, refusal.Error);
        Assert.Contains("already woven", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(woven)));
    }

    [Fact]
    public void Weave_SameInputTwice_WritesIdenticalBytes()
    {
        using var folder = new TestFolder();
        var (original, woven, _) = Fixtures.Weave(folder);
        var again = folder["again.dll"];

        AssemblyWeaver.Weave(original, again);

        Assert.Equal(File.ReadAllBytes(woven), File.ReadAllBytes(again));
    }

    [Fact]
    public void Weave_ExcludedNamespace_RewritesNothingThere()
    {
        using var folder = new TestFolder();
        var original = folder.Copy(Path.Combine("fixtures", Fixtures.FileName));

        var result = AssemblyWeaver.Weave(original, folder["out.dll"], new WeaveOptions { Exclude = ["Optpoline.Rewriter"] });

        Assert.Equal(0, result.SitesRewritten);
        Assert.Equal(result.SitesFound, result.SkippedFor(SkipReason.Excluded));
    }

    [Fact]
    public void Weave_IncludeOtherNamespace_RewritesNothing()
    {
        using var folder = new TestFolder();
        var original = folder.Copy(Path.Combine("fixtures", Fixtures.FileName));

        var result = AssemblyWeaver.Weave(original, folder["out.dll"], new WeaveOptions { Include = ["Some.Other"] });

        Assert.Equal(0, result.SitesRewritten);
    }
}
