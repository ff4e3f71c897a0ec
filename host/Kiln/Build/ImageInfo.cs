namespace Kiln.Build;

/// <summary>Facts read back from a built image file.</summary>
public static class ImageInfo
{
    /// <summary>kvm images are ELF64 files entered at their PVH entry in the first MiB range; linuxu images are Linux executables.</summary>
    public static string PlatformOf(string image)
    {
        byte[] header = new byte[64];
        using (var f = File.OpenRead(image))
            if (f.Read(header, 0, 64) != 64 || header[0] != 0x7F || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F')
                throw new KilnException($"'{image}' is not an ELF image", "pass an app directory or an image built by kiln");
        ulong entry = BitConverter.ToUInt64(header, 24);
        return entry < 0x400000 ? "kvm" : "linuxu";
    }
}
