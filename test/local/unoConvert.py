# Converts files as `soffice --convert-to` does, in the LibreOffice the print tests share: one
# started once for the run (test/local/libreOfficeConversion.ts), listening on a named pipe, instead
# of one start per conversion (a start costs about 5 s of CPU, most of it loading LibreOffice).
#
#   python3 unoConvert.py <pipe> <lock> <to> <outdir> <file>...
#
# <lock> is the file that lets one conversion at a time through (test/libreOffice.js names it).
# <to> is what --convert-to takes: an extension, then optionally `:filter` and `:options`.
# Exit 0 when every file is converted; otherwise the caller converts with soffice itself.
import fcntl
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

# The filter --convert-to picks for a spreadsheet when the target names only the extension.
DEFAULT_FILTERS = {
    'pdf': 'calc_pdf_Export',
    'csv': 'Text - txt - csv (StarCalc)',
    'xlsx': 'Calc MS Excel 2007 XML',
}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + seconds
    while True:
        try:
            return resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        except Exception:
            # Still starting: the pipe appears once LibreOffice has loaded.
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def main(pipe, lock_path, to, outdir, files):
    extension, _, rest = to.partition(':')
    filter_name, _, options = rest.partition(':')
    store = [prop('FilterName', filter_name or DEFAULT_FILTERS[extension])]
    if options:
        store.append(prop('FilterOptions', options))
    # One conversion at a time: two clients loading documents at once left LibreOffice hanging.
    with open(lock_path, 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        context = connect(pipe, 60)
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        convert(desktop, extension, store, outdir, files)


def convert(desktop, extension, store, outdir, files):
    os.makedirs(outdir, exist_ok=True)
    for file in files:
        url = uno.systemPathToFileUrl(os.path.abspath(file))
        doc = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True), prop('ReadOnly', True)))
        try:
            name = os.path.splitext(os.path.basename(file))[0] + '.' + extension
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(os.path.join(outdir, name))), tuple(store))
        finally:
            doc.close(True)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
