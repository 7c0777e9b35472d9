# The toolchain check of a Tcl snippet (tests/test_toolchains.py): Tcl compiles a script only as
# it runs it, so this reads the file as tclsh would and checks that each command is complete
# (braces, quotes and brackets balanced), command by command.
set f [open [lindex $argv 0]]
set script [read $f]
close $f
set command ""
set line 0
foreach text [split $script \n] {
    incr line
    append command $text \n
    if {[info complete $command]} {
        set command ""
    }
}
if {$command ne ""} {
    puts stderr "[lindex $argv 0]: the command before line $line is not complete"
    exit 1
}
