"""Papers to take away: the court papers and letters a screener result calls for.

Made on the reader's device (in the browser's worker, through Pyodide) from what the reader
typed and the screener's answers; nothing is sent or stored. Standard library and `checker`
only.

    texts   the words of each paper, as data, beside the law they rest on
    model   a paper + typed fields + answers -> a Document (blanks become lines to write on)
    docx    a Document -> a Word file (zipfile + WordprocessingML)
    html    a Document -> a printable HTML fragment
    web     the worker's entry points: papers_for(), make()
    courts  the federal district courts of each state, to suggest the caption's district
"""
