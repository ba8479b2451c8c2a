namespace Steward.Core.Errors;

public static partial class Messages
{
    public static StewardException ReportInBareRepository(string root) =>
        Invalid($"{root} is a bare repository: steward report writes its page beside a work tree; run it in a clone");
}
