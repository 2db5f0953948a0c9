namespace Optpoline.Workloads.Pipeline.Data;

public interface IProductCatalog
{
    Product? Find(string slug);

    /// <summary>Products of a category (all when null), by name, a page at a time; and how many there are.</summary>
    (IReadOnlyList<Product> Page, int Total) List(string? category, int page, int pageSize);
}
