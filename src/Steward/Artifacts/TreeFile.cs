using Steward.Core.Artifacts.Archives;

namespace Steward.Artifacts;

/// <summary>One entry of a tag's tree as git lists it: path, kind (file, executable, link, submodule) and object id.</summary>
internal sealed record TreeFile(string Path, ArchiveEntryKind Kind, string ObjectId, bool IsSubmodule);
