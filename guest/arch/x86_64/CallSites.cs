namespace Kiln.Arch
{
    // Instruction decoding the runtime's stack scan needs (Kiln.Runtime.Backtrace): whether a code address is a return
    // address, that is, follows a call instruction. x86_64's calls, in the encodings ilc emits.
    internal static unsafe class CallSites
    {
        public static bool FollowsCall(byte* ret)
        {
            if (ret[-5] == 0xE8) return true;                                  // call rel32
            if (ret[-6] == 0xFF && ret[-5] == 0x15) return true;               // call [rip+disp32]
            if (ret[-2] == 0xFF && (ret[-1] & 0xF8) == 0xD0) return true;      // call reg
            if (ret[-3] == 0xFF && (ret[-2] & 0x38) == 0x10) return true;      // call [reg+disp8]
            if (ret[-7] == 0xFF && (ret[-6] & 0x38) == 0x10) return true;      // call [reg+disp32]
            return false;
        }
    }
}
