namespace Hub.Data.Model;

/// <summary>Marks a text column that may hold only the values of the named <see cref="CodeLists"/> list.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CodedColumnAttribute(string codeList) : Attribute
{
    /// <summary>The code list, by <see cref="CodeList.Name"/>.</summary>
    public CodeList CodeList { get; } = CodeLists.Named(codeList);
}
