using FluentValidation;

namespace Optpoline.Corpus.Packages.Model;

public sealed class PersonValidator : AbstractValidator<Person>
{
    public PersonValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(5);
        RuleFor(p => p.Age).InclusiveBetween(0, 150);
        RuleForEach(p => p.Tags).NotEmpty();
    }
}
