using System.Runtime.InteropServices;
using System.Text;

namespace Kiln.Config;

/// <summary>
/// Changes a configuration file all or nothing, one editor at a time (`kiln config set`, `kiln menu`). A symlink is
/// followed and kept: its target is what changes. The target keeps its mode and owner, a read-only one is refused,
/// and no temporary file stays behind.
/// </summary>
public static class ConfigFile
{
    /// <summary>
    /// Replaces the file's text with change(text), text being the file as it is once this editor holds the lock.
    /// change may throw to leave the file as it was; when it returns the same text nothing is written.
    /// </summary>
    public static void Edit(string path, Func<string, string> change)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("kiln runs on Linux");
        string target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(target)!;
        // The lock is on the directory, not on the file: the rename below replaces the file, so a lock on it would
        // not exclude an editor that opened it before the rename; and .NET takes flock locks of its own on files.
        using var dirLock = DirectoryLock.Take(dir);
        UnixFileMode mode = File.GetUnixFileMode(target);
        // root may write anything; the owner's write bit is what says the user wants the file left alone.
        if ((mode & UnixFileMode.UserWrite) == 0 || Libc.access(target, Libc.W_OK) != 0)
            throw new KilnException($"{path} is read-only", $"make it writable (chmod u+w {path}) to change it");
        string before = Yaml.ReadFile(target);
        string after = change(before);
        if (after == before) return;

        string temp = Path.Combine(dir, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}");
        try
        {
            using (var stream = new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
            {
                stream.Write(new UTF8Encoding(false).GetBytes(after));
                // Owner before mode: chown clears set-user-ID bits. Giving a file away needs root; others keep theirs.
                if (Libc.statx(Libc.AT_FDCWD, target, 0, Libc.STATX_UID | Libc.STATX_GID, out Libc.Statx owner) == 0)
                    _ = Libc.fchown((int)stream.SafeFileHandle.DangerousGetHandle(), owner.Uid, owner.Gid);
                File.SetUnixFileMode(stream.SafeFileHandle, mode);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
            dirLock.Sync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KilnException($"cannot write {path}: {KilnException.Describe(e)}", $"make room on its disk, or make {dir} writable, and try again");
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private sealed class DirectoryLock : IDisposable
    {
        private readonly int _fd;

        private DirectoryLock(int fd) => _fd = fd;

        public static DirectoryLock Take(string dir)
        {
            int fd = Libc.open(dir, Libc.O_RDONLY | Libc.O_CLOEXEC);
            if (fd < 0) throw new KilnException($"cannot open {dir}: {Marshal.GetLastPInvokeErrorMessage()}", "check that the directory exists and is readable");
            while (Libc.flock(fd, Libc.LOCK_EX) != 0)
            {
                if (Marshal.GetLastPInvokeError() == Libc.EINTR) continue;
                string error = Marshal.GetLastPInvokeErrorMessage();
                Libc.close(fd);
                throw new KilnException($"cannot lock {dir}: {error}", "edit kiln.yaml on a file system that supports flock");
            }
            return new DirectoryLock(fd);
        }

        // So that the rename itself survives a crash.
        public void Sync() => Libc.fsync(_fd);

        public void Dispose() => Libc.close(_fd);
    }
}
