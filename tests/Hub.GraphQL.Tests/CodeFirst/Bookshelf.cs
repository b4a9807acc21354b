using System.Runtime.CompilerServices;
using Hub.GraphQL.CodeFirst;

namespace Hub.GraphQL.Tests.CodeFirst;

// A small code-first model exercising every convention the code-first builder supports.

[GraphQLDescription("The entry point.")]
public sealed class BookshelfQuery
{
    private static readonly Book[] Books =
    [
        new("1", "Dune", Genre.ScienceFiction, 1965, ["classic"]),
        new("2", "Emma", Genre.Romance, 1815, []),
    ];

    public string Greeting => "hello";

    public int? MaybeCount => null;

    public IReadOnlyList<Book> GetBooks() => Books;

    public Book? BookById(string id) => Books.FirstOrDefault(b => b.Id == id);

    public async Task<IEnumerable<Book>> BooksByGenreAsync(Genre genre, int first = 10)
    {
        await Task.Yield();
        return Books.Where(b => b.Genre == genre).Take(first);
    }

    public ValueTask<int> CountAsync(BookFilter? filter)
        => ValueTask.FromResult(Books.Count(b => filter is null || (filter.Genres ?? []).Contains(b.Genre) || b.Title == filter.Title));

    public string Echo(string text, [GraphQLName("times")] int repeat, CancellationToken cancellationToken)
        => cancellationToken.IsCancellationRequested ? "canceled" : string.Concat(Enumerable.Repeat(text, repeat));

    public string Shout([Service] TextStyle style, string text) => style.Shout(text);

    public IPet? Pet(bool dog) => dog ? new Dog("Rex", true) : new Cat("Tom", 9);

    public ISearchResult[] Search() => [Books[0], new Dog("Rex", false)];

    [GraphQLDeprecated("Use books.")]
    public Book[] AllBooks => Books;

    [Obsolete]
    public string? Legacy => null;

    [GraphQLIgnore]
    public string Hidden => "hidden";

    [GraphQLType("ID!")]
    public string Identifier => "abc";

    [GraphQLName("renamed")]
    [GraphQLDescription("Renamed by attribute.")]
    public long LongValue => 9_000_000_000;
}

/// <summary>A book.</summary>
public sealed record Book(string Id, string Title, Genre Genre, int Year, IReadOnlyList<string> Tags) : ISearchResult
{
    public string? Subtitle { get; init; }

    public string Describe([Parent] Book self, string separator = " - ") => self.Title + separator + self.Year;
}

public enum Genre
{
    ScienceFiction,
    Romance,
    [GraphQLDescription("Not a real genre.")]
    HTTPStatusCodes,
}

public sealed record BookFilter(string? Title, IReadOnlyList<Genre>? Genres);

public interface IPet
{
    string Name { get; }
}

public sealed record Dog(string Name, bool Barks) : IPet, ISearchResult;

public sealed record Cat(string Name, int Lives) : IPet;

[UnionType("SearchResult")]
public interface ISearchResult;

public sealed class TextStyle
{
    public string Shout(string text) => text.ToUpperInvariant() + "!";
}

public sealed class BookshelfMutation
{
    public Book AddBook(BookInput book) => new("3", book.Title, book.Genre, book.Year ?? 2000, book.Tags);
}

public sealed class BookInput
{
    public string Title { get; set; } = "";

    public Genre Genre { get; set; }

    public int? Year { get; set; }

    public string[] Tags { get; set; } = [];
}

public sealed class BookshelfSubscription
{
    public async IAsyncEnumerable<Book> BookAdded(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Book(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "New " + i, Genre.Romance, 2024, []);
        }
    }

    public async IAsyncEnumerable<int> Ticks()
    {
        await Task.Yield();
        yield return 1;
        yield return 2;
    }
}
