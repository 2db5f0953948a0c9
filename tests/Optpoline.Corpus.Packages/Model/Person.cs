namespace Optpoline.Corpus.Packages.Model;

public sealed class Person
{
    public string Name { get; set; } = "";

    public int Age { get; set; }

    public List<string> Tags { get; set; } = [];
}
