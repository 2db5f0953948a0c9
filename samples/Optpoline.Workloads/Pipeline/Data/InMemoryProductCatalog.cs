namespace Optpoline.Workloads.Pipeline.Data;

public sealed class InMemoryProductCatalog : IProductCatalog
{
    private readonly Dictionary<string, Product> _bySlug;
    private readonly Dictionary<string, Product[]> _byCategory;
    private readonly Product[] _all;

    public InMemoryProductCatalog(IEnumerable<Product> products)
    {
        _all = [.. products.OrderBy(p => p.Name, StringComparer.Ordinal)];
        _bySlug = _all.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _byCategory = _all.GroupBy(p => p.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public Product? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public (IReadOnlyList<Product> Page, int Total) List(string? category, int page, int pageSize)
    {
        var source = category is null ? _all : _byCategory.GetValueOrDefault(category, []);
        var start = Math.Min((page - 1) * pageSize, source.Length);
        return (source.AsSpan(start, Math.Min(pageSize, source.Length - start)).ToArray(), source.Length);
    }
}
