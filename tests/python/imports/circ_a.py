import imports.circ_b
A_NAME = "a"
