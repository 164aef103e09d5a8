/** The command line: present, check and the calculators, with Spanish help by default. */
package estrado.cli;
