using System.Text;
using Optpoline.Reporting;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Reporting;

public sealed class TypeIdTests
{
    [Fact]
    public void Of_NestedGenericWithArgumentsFromOtherAssemblies_NamesDefinitionAndArgumentsRecursively()
    {
        var id = TypeIds.Of(typeof(Outer<int>.Inner<List<Uri>>));

        Assert.NotNull(id);
        Assert.Equal("Optpoline.Tests", id.Assembly);
        Assert.Equal(typeof(Outer<>).Module.ModuleVersionId, id.ModuleVersionId);
        Assert.Equal("Optpoline.Tests.Fixtures.Outer`1+Inner`1", id.Name);

        // The outer type's argument comes first, as in metadata.
        Assert.Equal(2, id.Arguments.Count);
        var int32 = id.Arguments[0];
        Assert.Equal(("System.Private.CoreLib", typeof(int).Module.ModuleVersionId, "System.Int32"), (int32.Assembly, int32.ModuleVersionId, int32.Name));
        Assert.Empty(int32.Arguments);
        var list = id.Arguments[1];
        Assert.Equal("System.Collections.Generic.List`1", list.Name);
        var uri = Assert.Single(list.Arguments);
        Assert.Equal("System.Private.Uri", uri.Assembly);
        Assert.Equal(typeof(Uri).Module.ModuleVersionId, uri.ModuleVersionId);
        Assert.Equal("System.Uri", uri.Name);
    }

    [Fact]
    public void Of_PlainTypeFromAnotherAssembly_NamesItsAssemblyAndModule()
    {
        var id = TypeIds.Of(typeof(StringBuilder));

        Assert.NotNull(id);
        Assert.Equal(("System.Private.CoreLib", typeof(object).Module.ModuleVersionId, "System.Text.StringBuilder"), (id.Assembly, id.ModuleVersionId, id.Name));
        Assert.Empty(id.Arguments);
    }

    [Theory]
    [InlineData(typeof(int[]))]
    [InlineData(typeof(int*))]
    [InlineData(typeof(List<>))]
    [InlineData(typeof(List<int[]>))]
    [InlineData(typeof(Outer<>.Inner<>))]
    public void Of_TypeMetadataCannotNameAsAGuard_IsNull(Type type) => Assert.Null(TypeIds.Of(type));

    [Fact]
    public void Of_GenericParameter_IsNull() => Assert.Null(TypeIds.Of(typeof(List<>).GetGenericArguments()[0]));

    [Fact]
    public void Of_ByRef_IsNull() => Assert.Null(TypeIds.Of(typeof(int).MakeByRefType()));
}
