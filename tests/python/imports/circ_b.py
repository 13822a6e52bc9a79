from imports.circ_a import A_NAME
